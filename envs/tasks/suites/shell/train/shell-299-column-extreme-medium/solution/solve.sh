#!/usr/bin/env bash
cut -d, -f3 /workspace/staff_2024.csv | sort -n | head -n 1 > /workspace/answer.txt
