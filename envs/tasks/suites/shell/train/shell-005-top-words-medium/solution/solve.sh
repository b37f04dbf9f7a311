#!/usr/bin/env bash
sort /workspace/names.txt | uniq -c | sort -rn | head -n 3 | awk '{print $2}' > /workspace/answer.txt
