#!/usr/bin/env bash
cut -d, -f2 /workspace/stock_2024.csv | sort -u > /workspace/answer.txt
