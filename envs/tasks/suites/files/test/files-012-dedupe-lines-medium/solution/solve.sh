#!/usr/bin/env bash
awk '!seen[$0]++' /workspace/lotus.txt > /workspace/brick.txt
