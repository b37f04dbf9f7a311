#!/usr/bin/env bash
cut -d, -f1 /workspace/sales_export.csv | sort -u > /workspace/answer.txt
