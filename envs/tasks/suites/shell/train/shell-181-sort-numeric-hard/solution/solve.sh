#!/usr/bin/env bash
sort -t, -k3 -rn /workspace/grades.csv | head -n 2 | cut -d, -f1 > /workspace/answer.txt
