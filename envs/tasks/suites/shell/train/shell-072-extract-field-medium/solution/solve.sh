#!/usr/bin/env bash
awk -F, '$2 == "soda" {print $1}' /workspace/sales_2024.csv > /workspace/answer.txt
