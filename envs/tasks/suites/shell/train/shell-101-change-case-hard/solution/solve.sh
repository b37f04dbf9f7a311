#!/usr/bin/env bash
awk -F, -v OFS=, '{$2 = toupper($2); print}' /workspace/stock_export.csv > /workspace/answer.txt
