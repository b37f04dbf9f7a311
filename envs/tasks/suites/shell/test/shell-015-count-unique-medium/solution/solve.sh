#!/usr/bin/env bash
cut -d, -f2 /workspace/grades.csv | sort -u | wc -l > /workspace/answer.txt
