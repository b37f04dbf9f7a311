#!/usr/bin/env bash
awk '!seen[$0]++' /workspace/quartz.txt > /workspace/delta.txt
