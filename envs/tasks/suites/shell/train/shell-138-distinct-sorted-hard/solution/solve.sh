#!/usr/bin/env bash
awk -F, '$3 > 351 {print $2}' /workspace/stock.csv | sort -u > /workspace/answer.txt
