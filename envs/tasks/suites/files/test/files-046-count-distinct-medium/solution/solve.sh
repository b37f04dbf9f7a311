#!/usr/bin/env bash
sort -u /workspace/lemon.txt | wc -l > /workspace/count.txt
