#!/usr/bin/env bash
sort /workspace/words.txt | uniq -c | sort -rn | head -n 1 | awk '{print $2}' > /workspace/answer.txt
