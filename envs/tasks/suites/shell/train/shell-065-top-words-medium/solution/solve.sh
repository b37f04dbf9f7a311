#!/usr/bin/env bash
sort /workspace/votes.txt | uniq -c | sort -rn | head -n 3 | awk '{print $2}' > /workspace/answer.txt
