#!/usr/bin/env bash
cut -d, -f1,3 /workspace/stock_march.csv | tr ',' ' ' > /workspace/answer.txt
