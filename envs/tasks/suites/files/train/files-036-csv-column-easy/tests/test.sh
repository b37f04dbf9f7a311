#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/delta.txt ] && [ "$(cat /workspace/delta.txt)" = "$(printf '%s\n' 'name' 'pepper' 'lotus' 'amber')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
