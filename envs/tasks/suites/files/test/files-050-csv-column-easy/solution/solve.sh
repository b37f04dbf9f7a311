#!/usr/bin/env bash
cut -d, -f2 /workspace/records.csv > /workspace/nectar.txt
