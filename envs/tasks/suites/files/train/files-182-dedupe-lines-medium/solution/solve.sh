#!/usr/bin/env bash
awk '!seen[$0]++' /workspace/tiger.txt > /workspace/frost.txt
