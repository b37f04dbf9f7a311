#!/usr/bin/env bash
sed 's/coffee/archive/g' /workspace/sales_export.csv > /workspace/answer.txt
