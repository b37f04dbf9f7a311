#!/usr/bin/env bash
awk '!seen[$0]++' /workspace/apple.txt > /workspace/harbor.txt
