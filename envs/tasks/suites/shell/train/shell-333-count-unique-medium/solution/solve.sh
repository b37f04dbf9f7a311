#!/usr/bin/env bash
cut -d, -f1 /workspace/staff_export.csv | sort -u | wc -l > /workspace/answer.txt
