#!/usr/bin/env bash
awk -F, '{s += $3} END {print s}' /workspace/grades_export.csv > /workspace/answer.txt
