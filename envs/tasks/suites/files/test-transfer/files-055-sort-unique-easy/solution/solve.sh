#!/usr/bin/env bash
sort -u /workspace/kettle.txt > /workspace/saddle.txt
