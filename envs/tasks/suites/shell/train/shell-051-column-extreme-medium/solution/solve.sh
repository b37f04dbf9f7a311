#!/usr/bin/env bash
cut -d, -f3 /workspace/staff_export.csv | sort -n | tail -n 1 > /workspace/answer.txt
