#!/usr/bin/env bash
awk -F, '$2 == "books" {print $1}' /workspace/stock_export.csv > /workspace/answer.txt
