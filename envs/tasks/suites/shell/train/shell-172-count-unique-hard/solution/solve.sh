#!/usr/bin/env bash
tail -n +2 /workspace/stock_2024.csv | cut -d, -f1 | sort -u | wc -l > /workspace/answer.txt
