#!/usr/bin/env bash
awk '{s += $1} END {print s}' /workspace/amounts.txt > /workspace/answer.txt
