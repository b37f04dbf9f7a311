#!/usr/bin/env bash
cut -d, -f2 /workspace/records.csv > /workspace/olive.txt
