#!/usr/bin/env bash
grep -o brick /workspace/minutes.txt | wc -l > /workspace/answer.txt
