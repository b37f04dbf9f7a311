#!/usr/bin/env bash
tail -n +2 /workspace/table.csv | cut -d, -f3 > /workspace/coral.txt
