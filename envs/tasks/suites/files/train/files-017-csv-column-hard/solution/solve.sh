#!/usr/bin/env bash
tail -n +2 /workspace/people.csv | cut -d, -f2 > /workspace/river.txt
