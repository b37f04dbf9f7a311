#!/usr/bin/env bash
awk -F, '{s += $3} END {print s}' /workspace/staff_march.csv > /workspace/answer.txt
