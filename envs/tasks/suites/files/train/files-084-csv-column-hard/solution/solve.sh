#!/usr/bin/env bash
tail -n +2 /workspace/members.csv | cut -d, -f2 > /workspace/olive.txt
