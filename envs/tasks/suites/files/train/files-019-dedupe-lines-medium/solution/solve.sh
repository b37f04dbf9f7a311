#!/usr/bin/env bash
awk '!seen[$0]++' /workspace/nectar.txt > /workspace/river.txt
