#!/usr/bin/env bash
awk '!seen[$0]++' /workspace/frost.txt > /workspace/cedar.txt
