#!/usr/bin/env bash
cut -d, -f2 /workspace/sales.csv | sort -u | wc -l > /workspace/answer.txt
