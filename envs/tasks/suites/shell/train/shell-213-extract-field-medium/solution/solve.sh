#!/usr/bin/env bash
awk -F, '$2 == "coffee" {print $1}' /workspace/sales.csv > /workspace/answer.txt
