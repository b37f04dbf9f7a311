#!/usr/bin/env bash
awk -F, '$2 == "juice" {s += $3} END {print s}' /workspace/sales_export.csv > /workspace/answer.txt
