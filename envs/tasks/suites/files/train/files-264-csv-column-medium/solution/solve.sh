#!/usr/bin/env bash
cut -d, -f3 /workspace/members.csv > /workspace/island.txt
