#!/usr/bin/env bash
cut -d, -f2 /workspace/stock_export.csv | sort -u | wc -l > /workspace/answer.txt
