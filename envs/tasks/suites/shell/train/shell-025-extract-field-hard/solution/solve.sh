#!/usr/bin/env bash
awk -F, '$3 > 23 {print $1, $2}' /workspace/sales_q1.csv > /workspace/answer.txt
