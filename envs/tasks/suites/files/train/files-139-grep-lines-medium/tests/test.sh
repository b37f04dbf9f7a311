#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/brick.log ] && [ "$(cat /workspace/brick.log)" = "$(printf '%s\n' 'WARN meadow 463' 'WARN meadow 805')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
