#!/usr/bin/env bash
tail -n +2 /workspace/records.csv | cut -d, -f1 > /workspace/river.txt
