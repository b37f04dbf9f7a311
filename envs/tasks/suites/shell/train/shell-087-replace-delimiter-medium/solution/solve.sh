#!/usr/bin/env bash
sed 's/soda/unknown/g' /workspace/sales_q1.csv > /workspace/answer.txt
