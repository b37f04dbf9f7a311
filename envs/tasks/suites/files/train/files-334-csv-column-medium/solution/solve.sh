#!/usr/bin/env bash
cut -d, -f4 /workspace/members.csv > /workspace/frost.txt
