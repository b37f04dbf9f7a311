#!/usr/bin/env bash
awk '{s += $1} END {print s}' /workspace/temperatures.txt > /workspace/answer.txt
