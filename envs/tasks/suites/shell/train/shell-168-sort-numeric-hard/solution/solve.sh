#!/usr/bin/env bash
sort -t, -k3 -rn /workspace/sales_export.csv | head -n 4 | cut -d, -f1 > /workspace/answer.txt
