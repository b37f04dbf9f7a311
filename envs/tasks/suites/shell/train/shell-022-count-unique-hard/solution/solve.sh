#!/usr/bin/env bash
tail -n +2 /workspace/staff_export.csv | cut -d, -f1 | sort -u | wc -l > /workspace/answer.txt
