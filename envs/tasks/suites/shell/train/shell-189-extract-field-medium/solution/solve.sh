#!/usr/bin/env bash
awk -F, '$2 == "history" {print $1}' /workspace/grades.csv > /workspace/answer.txt
