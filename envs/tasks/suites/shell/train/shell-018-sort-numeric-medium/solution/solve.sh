#!/usr/bin/env bash
sort -t, -k3 -n /workspace/sales.csv > /workspace/answer.txt
