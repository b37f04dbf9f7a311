#!/usr/bin/env bash
sort -t, -k3 -n /workspace/staff_export.csv > /workspace/answer.txt
