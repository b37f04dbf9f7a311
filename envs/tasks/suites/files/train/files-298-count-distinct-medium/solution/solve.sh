#!/usr/bin/env bash
sort -u /workspace/tiger.txt | wc -l > /workspace/count.txt
