#!/usr/bin/env bash
cut -d, -f2 /workspace/sales_export.csv | sort -u > /workspace/answer.txt
