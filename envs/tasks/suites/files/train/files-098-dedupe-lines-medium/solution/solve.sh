#!/usr/bin/env bash
awk '!seen[$0]++' /workspace/cobalt.txt > /workspace/orchid.txt
