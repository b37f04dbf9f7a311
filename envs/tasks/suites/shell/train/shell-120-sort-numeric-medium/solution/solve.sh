#!/usr/bin/env bash
sort -t, -k3 -n /workspace/grades_march.csv > /workspace/answer.txt
