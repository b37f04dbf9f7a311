#!/usr/bin/env bash
awk '!seen[$0]++' /workspace/stone.txt > /workspace/garnet.txt
