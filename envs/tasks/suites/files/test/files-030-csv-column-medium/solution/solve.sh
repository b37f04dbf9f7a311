#!/usr/bin/env bash
cut -d, -f3 /workspace/table.csv > /workspace/cobalt.txt
