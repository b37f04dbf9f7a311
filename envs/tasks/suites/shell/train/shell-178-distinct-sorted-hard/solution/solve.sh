#!/usr/bin/env bash
awk -F, '$3 > 29 {print $2}' /workspace/staff_march.csv | sort -u > /workspace/answer.txt
