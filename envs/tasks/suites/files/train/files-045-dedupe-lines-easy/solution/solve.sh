#!/usr/bin/env bash
awk '!seen[$0]++' /workspace/island.txt > /workspace/brick.txt
