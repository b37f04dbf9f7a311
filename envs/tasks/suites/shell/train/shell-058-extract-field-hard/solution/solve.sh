#!/usr/bin/env bash
awk -F, '$3 > 393 {print $1, $2}' /workspace/stock_q1.csv > /workspace/answer.txt
