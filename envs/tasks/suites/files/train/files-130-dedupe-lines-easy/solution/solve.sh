#!/usr/bin/env bash
awk '!seen[$0]++' /workspace/harbor.txt > /workspace/island.txt
