#!/usr/bin/env bash
awk -F, '$3 > 270 {print $1, $2}' /workspace/sales_export.csv > /workspace/answer.txt
