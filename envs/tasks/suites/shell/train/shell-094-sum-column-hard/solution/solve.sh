#!/usr/bin/env bash
awk -F, '{s += $3 * $4} END {print s}' /workspace/cart.csv > /workspace/answer.txt
