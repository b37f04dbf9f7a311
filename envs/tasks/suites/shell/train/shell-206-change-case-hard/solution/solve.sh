#!/usr/bin/env bash
awk -F, -v OFS=, '{$2 = toupper($2); print}' /workspace/sales_q1.csv > /workspace/answer.txt
