#!/usr/bin/env bash
cut -d, -f2 /workspace/stock_march.csv | sort -u > /workspace/answer.txt
