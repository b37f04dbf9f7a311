#!/usr/bin/env bash
awk '!seen[$0]++' /workspace/coral.txt > /workspace/quartz.txt
