#!/usr/bin/env bash
awk '!seen[$0]++' /workspace/cloud.txt > /workspace/meadow.txt
