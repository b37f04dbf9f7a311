#!/usr/bin/env bash
awk '!seen[$0]++' /workspace/olive.txt > /workspace/maple.txt
