#!/usr/bin/env bash
sort -t, -k3 -n /workspace/grades_2024.csv > /workspace/answer.txt
