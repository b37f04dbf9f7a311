#!/usr/bin/env bash
cut -d, -f1 /workspace/members.csv > /workspace/delta.txt
