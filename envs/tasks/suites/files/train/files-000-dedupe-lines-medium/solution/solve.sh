#!/usr/bin/env bash
awk '!seen[$0]++' /workspace/velvet.txt > /workspace/pearl.txt
