#!/usr/bin/env bash
awk -F, '$3 > 91 {print $1, $2}' /workspace/grades_march.csv > /workspace/answer.txt
