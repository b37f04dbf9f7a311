#!/usr/bin/env bash
awk '!seen[$0]++' /workspace/pepper.txt > /workspace/velvet.txt
