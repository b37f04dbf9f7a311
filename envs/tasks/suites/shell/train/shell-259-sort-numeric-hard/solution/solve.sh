#!/usr/bin/env bash
sort -t, -k3 -rn /workspace/stock.csv | head -n 3 | cut -d, -f1 > /workspace/answer.txt
