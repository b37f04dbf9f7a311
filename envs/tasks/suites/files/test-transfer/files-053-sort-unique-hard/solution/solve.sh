#!/usr/bin/env bash
sort -u /workspace/saddle.txt > /workspace/mango.txt
