#!/usr/bin/env bash
awk '!seen[$0]++' /workspace/sunny.txt > /workspace/lemon.txt
