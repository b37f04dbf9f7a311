#!/usr/bin/env bash
cut -d, -f1,3 /workspace/sales_2024.csv | tr ',' '|' > /workspace/answer.txt
