#!/usr/bin/env bash
awk -F, '$2 == "art" {s += $3} END {print s}' /workspace/grades_q1.csv > /workspace/answer.txt
