#!/usr/bin/env bash
awk -F, '$2 == "sales" {print $1}' /workspace/staff.csv > /workspace/answer.txt
