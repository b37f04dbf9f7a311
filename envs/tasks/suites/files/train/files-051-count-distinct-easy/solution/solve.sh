#!/usr/bin/env bash
sort -u /workspace/kettle.txt | wc -l > /workspace/total.txt
