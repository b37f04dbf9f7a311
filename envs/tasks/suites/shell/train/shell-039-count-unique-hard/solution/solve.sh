#!/usr/bin/env bash
tail -n +2 /workspace/sales_march.csv | cut -d, -f2 | sort -u | wc -l > /workspace/answer.txt
