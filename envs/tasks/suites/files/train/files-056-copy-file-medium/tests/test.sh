#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/harbor.txt ] && [ "$(cat /workspace/harbor.txt)" = "$(printf '%s\n' 'amber 749' 'mango 18')" ] && [ -f /workspace/data/river.txt ] && [ "$(cat /workspace/data/river.txt)" = "$(printf '%s\n' 'amber 749' 'mango 18')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
