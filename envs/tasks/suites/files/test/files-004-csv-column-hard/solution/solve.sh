#!/usr/bin/env bash
tail -n +2 /workspace/members.csv | cut -d, -f1 > /workspace/harbor.txt
