#!/usr/bin/env bash
cut -d, -f1 /workspace/stock_march.csv | sort -u | wc -l > /workspace/answer.txt
