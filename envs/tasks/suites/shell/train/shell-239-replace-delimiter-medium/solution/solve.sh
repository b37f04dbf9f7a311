#!/usr/bin/env bash
sed 's/books/legacy/g' /workspace/stock_export.csv > /workspace/answer.txt
