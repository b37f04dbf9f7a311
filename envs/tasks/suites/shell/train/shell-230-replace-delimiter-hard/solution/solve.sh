#!/usr/bin/env bash
cut -d, -f1,3 /workspace/staff_q1.csv | tr ',' ':' > /workspace/answer.txt
