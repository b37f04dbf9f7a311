#!/usr/bin/env bash
awk -F, '$3 > 327 {print $1, $2}' /workspace/stock_q1.csv > /workspace/answer.txt
