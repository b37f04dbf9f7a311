#!/usr/bin/env bash
awk '!seen[$0]++' /workspace/meadow.txt > /workspace/maple.txt
