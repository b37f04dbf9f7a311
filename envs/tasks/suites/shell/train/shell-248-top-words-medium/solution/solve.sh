#!/usr/bin/env bash
sort /workspace/picks.txt | uniq -c | sort -rn | head -n 2 | awk '{print $2}' > /workspace/answer.txt
