#!/usr/bin/env bash
awk -F, '{s += $3} END {print s}' /workspace/staff_q1.csv > /workspace/answer.txt
