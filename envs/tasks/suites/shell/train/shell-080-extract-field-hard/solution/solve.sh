#!/usr/bin/env bash
awk -F, '$3 > 229 {print $1, $2}' /workspace/stock_march.csv > /workspace/answer.txt
