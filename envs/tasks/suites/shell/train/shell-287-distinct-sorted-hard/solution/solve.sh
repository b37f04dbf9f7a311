#!/usr/bin/env bash
awk -F, '$3 > 56 {print $2}' /workspace/stock_2024.csv | sort -u > /workspace/answer.txt
