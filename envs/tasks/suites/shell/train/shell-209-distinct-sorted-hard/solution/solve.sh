#!/usr/bin/env bash
awk -F, '$3 > 51 {print $2}' /workspace/staff_2024.csv | sort -u > /workspace/answer.txt
