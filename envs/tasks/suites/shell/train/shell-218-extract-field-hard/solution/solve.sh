#!/usr/bin/env bash
awk -F, '$3 > 79 {print $1, $2}' /workspace/sales_2024.csv > /workspace/answer.txt
