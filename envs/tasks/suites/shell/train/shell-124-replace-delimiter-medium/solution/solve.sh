#!/usr/bin/env bash
sed 's/ops/unknown/g' /workspace/staff_q1.csv > /workspace/answer.txt
