#!/usr/bin/env bash
awk '!seen[$0]++' /workspace/walnut.txt > /workspace/coral.txt
