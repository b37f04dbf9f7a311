#!/usr/bin/env bash
sed 's/history/archive/g' /workspace/grades_q1.csv > /workspace/answer.txt
