#!/usr/bin/env bash
awk -F, '$2 == "soda" && $3 > 105 {s += $3} END {print s}' /workspace/sales_q1.csv > /workspace/answer.txt
