#!/usr/bin/env bash
awk -F, '$2 == "support" && $3 > 64 {s += $3} END {print s}' /workspace/staff_march.csv > /workspace/answer.txt
