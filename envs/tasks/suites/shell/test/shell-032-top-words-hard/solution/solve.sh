#!/usr/bin/env bash
tr ' ' '\n' < /workspace/journal.txt | sort | uniq -c | sort -rn | head -n 2 | awk '{print $2}' > /workspace/answer.txt
