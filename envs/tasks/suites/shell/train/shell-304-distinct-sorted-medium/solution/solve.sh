#!/usr/bin/env bash
cut -d, -f1 /workspace/grades_march.csv | sort -u > /workspace/answer.txt
