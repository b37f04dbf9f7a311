#!/usr/bin/env bash
cut -d, -f2 /workspace/staff_march.csv | sort -u | wc -l > /workspace/answer.txt
