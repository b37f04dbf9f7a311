#!/usr/bin/env bash
cut -d, -f1 /workspace/records.csv > /workspace/quartz.txt
