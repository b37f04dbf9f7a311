#!/usr/bin/env bash
sort -u /workspace/mango.txt | wc -l > /workspace/count.txt
