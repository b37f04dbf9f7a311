#!/usr/bin/env bash
sed 's/research/archive/g' /workspace/staff_q1.csv > /workspace/answer.txt
