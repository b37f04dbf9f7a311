#!/usr/bin/env bash
cut -d, -f3 /workspace/stock_q1.csv | sort -n | tail -n 1 > /workspace/answer.txt
