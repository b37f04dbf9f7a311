#!/usr/bin/env bash
cut -d, -f3 /workspace/grades.csv | sort -n | head -n 1 > /workspace/answer.txt
