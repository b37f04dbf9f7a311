#!/usr/bin/env bash
awk -F, '$2 == "garden" {s += $3} END {print s}' /workspace/stock.csv > /workspace/answer.txt
