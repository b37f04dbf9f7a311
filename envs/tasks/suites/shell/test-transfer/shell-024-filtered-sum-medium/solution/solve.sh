#!/usr/bin/env bash
awk -F, '$2 == "food" {s += $3} END {print s}' /workspace/stock_2024.csv > /workspace/answer.txt
