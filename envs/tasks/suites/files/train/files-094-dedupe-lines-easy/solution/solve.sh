#!/usr/bin/env bash
awk '!seen[$0]++' /workspace/orchid.txt > /workspace/cobalt.txt
