#!/usr/bin/env bash
awk -F, '{s += $3} END {print s}' /workspace/staff.csv > /workspace/answer.txt
