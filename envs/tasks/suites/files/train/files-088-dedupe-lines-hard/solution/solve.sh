#!/usr/bin/env bash
awk '!seen[$0]++' /workspace/jasper.txt > /workspace/meadow.txt
