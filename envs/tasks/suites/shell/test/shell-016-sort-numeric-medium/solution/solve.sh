#!/usr/bin/env bash
sort -t, -k3 -rn /workspace/grades_q1.csv > /workspace/answer.txt
