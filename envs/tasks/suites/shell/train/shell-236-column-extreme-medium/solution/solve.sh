#!/usr/bin/env bash
cut -d, -f3 /workspace/sales_export.csv | sort -n | tail -n 1 > /workspace/answer.txt
