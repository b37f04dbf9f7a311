#!/usr/bin/env bash
awk -F, '$2 == "physics" {s += $3} END {print s}' /workspace/grades.csv > /workspace/answer.txt
