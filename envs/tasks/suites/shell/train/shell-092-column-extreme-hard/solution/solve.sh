#!/usr/bin/env bash
sort -t, -k3 -n /workspace/sales_march.csv | tail -n 1 | cut -d, -f1 > /workspace/answer.txt
