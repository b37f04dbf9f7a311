#!/usr/bin/env bash
awk '!seen[$0]++' /workspace/cedar.txt > /workspace/amber.txt
