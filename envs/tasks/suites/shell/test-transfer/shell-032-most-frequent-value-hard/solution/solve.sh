#!/usr/bin/env bash
cut -d, -f2 /workspace/staff_2024.csv | sort | uniq -c | sort -rn | head -n 1 | awk '{print $2}' > /workspace/answer.txt
