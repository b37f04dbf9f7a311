#!/usr/bin/env bash
awk '{s += $1} END {print s}' /workspace/sizes.txt > /workspace/answer.txt
