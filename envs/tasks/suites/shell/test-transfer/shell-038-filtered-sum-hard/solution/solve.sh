#!/usr/bin/env bash
awk -F, '$2 == "music" && $3 > 42 {s += $3} END {print s}' /workspace/grades.csv > /workspace/answer.txt
