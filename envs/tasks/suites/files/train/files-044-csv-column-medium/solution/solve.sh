#!/usr/bin/env bash
cut -d, -f1 /workspace/table.csv > /workspace/orchid.txt
