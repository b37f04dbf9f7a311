#!/usr/bin/env bash
cut -d, -f1 /workspace/grades_2024.csv | sort | uniq -c | sort -rn | head -n 1 | awk '{print $2}' > /workspace/answer.txt
