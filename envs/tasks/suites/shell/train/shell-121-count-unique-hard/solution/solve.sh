#!/usr/bin/env bash
tail -n +2 /workspace/stock.csv | cut -d, -f1 | sort -u | wc -l > /workspace/answer.txt
