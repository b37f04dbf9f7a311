#!/usr/bin/env bash
tail -n +2 /workspace/grades_march.csv | cut -d, -f1 | sort -u | wc -l > /workspace/answer.txt
