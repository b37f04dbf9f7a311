#!/usr/bin/env bash
cut -d, -f3 /workspace/staff.csv | sort -n | head -n 1 > /workspace/answer.txt
