#!/usr/bin/env bash
sort -t, -k3 -n /workspace/grades_2024.csv | head -n 1 | cut -d, -f1 > /workspace/answer.txt
