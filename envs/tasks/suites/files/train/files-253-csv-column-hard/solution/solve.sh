#!/usr/bin/env bash
tail -n +2 /workspace/members.csv | cut -d, -f3 > /workspace/river.txt
