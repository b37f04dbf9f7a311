#!/usr/bin/env bash
awk -F, '$3 > 18 {print $1, $2}' /workspace/sales_march.csv > /workspace/answer.txt
