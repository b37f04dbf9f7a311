#!/usr/bin/env bash
tail -n +2 /workspace/table.csv | cut -d, -f2 > /workspace/delta.txt
