#!/usr/bin/env bash
awk -F, -v OFS=, '{$2 = toupper($2); print}' /workspace/grades.csv > /workspace/answer.txt
