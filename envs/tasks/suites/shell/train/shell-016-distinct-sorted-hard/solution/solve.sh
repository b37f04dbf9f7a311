#!/usr/bin/env bash
awk -F, '$3 > 8 {print $2}' /workspace/grades_export.csv | sort -u > /workspace/answer.txt
