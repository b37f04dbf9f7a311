#!/usr/bin/env bash
awk '!seen[$0]++' /workspace/raven.txt > /workspace/walnut.txt
