#!/usr/bin/env bash
awk -F, '$2 == "music" {s += $3} END {print s}' /workspace/grades_march.csv > /workspace/answer.txt
