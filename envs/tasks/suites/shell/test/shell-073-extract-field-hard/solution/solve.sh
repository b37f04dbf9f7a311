#!/usr/bin/env bash
awk -F, '$3 > 141 {print $1, $2}' /workspace/sales.csv > /workspace/answer.txt
