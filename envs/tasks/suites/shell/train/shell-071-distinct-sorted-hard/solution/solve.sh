#!/usr/bin/env bash
awk -F, '$3 > 23 {print $2}' /workspace/staff.csv | sort -u > /workspace/answer.txt
