#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/river.txt ] && [ "$(cat /workspace/river.txt)" = "$(printf '%s\n' 'coral 527' 'amber 459' 'cloud 659' 'coral 234' 'frost 79')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
