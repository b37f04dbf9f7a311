#!/usr/bin/env bash
cut -d, -f3 /workspace/records.csv > /workspace/stone.txt
