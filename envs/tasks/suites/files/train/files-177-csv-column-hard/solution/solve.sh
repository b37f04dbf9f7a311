#!/usr/bin/env bash
tail -n +2 /workspace/table.csv | cut -d, -f5 > /workspace/tiger.txt
