#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/quartz.txt ] && [ "$(cat /workspace/quartz.txt)" = "$(printf '%s\n' 'apple' 'brick' 'cedar' 'cobalt' 'delta' 'harbor' 'lotus' 'meadow' 'olive' 'orchid' 'river' 'saddle' 'sunny')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
