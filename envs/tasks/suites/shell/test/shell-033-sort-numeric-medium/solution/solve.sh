#!/usr/bin/env bash
sort -t, -k3 -rn /workspace/stock.csv > /workspace/answer.txt
