#!/usr/bin/env bash
awk -F, '$2 == "coffee" {print $1}' /workspace/sales_q1.csv > /workspace/answer.txt
