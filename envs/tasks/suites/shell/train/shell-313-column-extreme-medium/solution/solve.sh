#!/usr/bin/env bash
cut -d, -f3 /workspace/sales_march.csv | sort -n | head -n 1 > /workspace/answer.txt
