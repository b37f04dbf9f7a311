#!/usr/bin/env bash
cut -d, -f2 /workspace/grades_q1.csv | sort -u > /workspace/answer.txt
