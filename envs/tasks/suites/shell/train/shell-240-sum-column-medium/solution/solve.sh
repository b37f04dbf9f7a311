#!/usr/bin/env bash
awk -F, '{s += $3} END {print s}' /workspace/sales.csv > /workspace/answer.txt
