#!/usr/bin/env bash
tail -n +2 /workspace/members.csv | cut -d, -f5 > /workspace/frost.txt
