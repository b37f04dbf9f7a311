#!/usr/bin/env bash
awk '{s += $1} END {print s}' /workspace/values.txt > /workspace/answer.txt
