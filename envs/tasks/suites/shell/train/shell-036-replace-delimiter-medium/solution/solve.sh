#!/usr/bin/env bash
sed 's/milk/other/g' /workspace/sales_q1.csv > /workspace/answer.txt
