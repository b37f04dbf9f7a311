#!/usr/bin/env bash
sort -t, -k3 -n /workspace/sales_march.csv > /workspace/answer.txt
