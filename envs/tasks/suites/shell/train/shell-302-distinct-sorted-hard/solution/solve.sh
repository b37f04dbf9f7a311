#!/usr/bin/env bash
awk -F, '$3 > 289 {print $2}' /workspace/stock_q1.csv | sort -u > /workspace/answer.txt
