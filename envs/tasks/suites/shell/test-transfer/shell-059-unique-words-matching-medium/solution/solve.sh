#!/usr/bin/env bash
grep lemon /workspace/minutes.txt | tr ' ' '\n' | sort -u | wc -l > /workspace/answer.txt
