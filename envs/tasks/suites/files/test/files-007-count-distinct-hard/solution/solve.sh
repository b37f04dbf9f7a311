#!/usr/bin/env bash
sort -u /workspace/sunny.txt | wc -l > /workspace/count.txt
