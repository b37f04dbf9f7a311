#!/usr/bin/env bash
awk '{s += $1} END {print s}' /workspace/times.txt > /workspace/answer.txt
