#!/usr/bin/env bash
awk -F, '$2 == "juice" {s += $3} END {print s}' /workspace/sales_2024.csv > /workspace/answer.txt
