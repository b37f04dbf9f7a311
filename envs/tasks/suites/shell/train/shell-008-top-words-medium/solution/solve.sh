#!/usr/bin/env bash
sort /workspace/tags.txt | uniq -c | sort -rn | head -n 4 | awk '{print $2}' > /workspace/answer.txt
