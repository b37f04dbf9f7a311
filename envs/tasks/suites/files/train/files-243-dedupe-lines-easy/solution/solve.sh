#!/usr/bin/env bash
awk '!seen[$0]++' /workspace/timber.txt > /workspace/nectar.txt
