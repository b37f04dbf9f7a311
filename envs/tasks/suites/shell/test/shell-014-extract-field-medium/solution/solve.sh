#!/usr/bin/env bash
awk -F, '$2 == "garden" {print $1}' /workspace/stock_march.csv > /workspace/answer.txt
