#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/amber.txt ] && [ "$(cat /workspace/amber.txt)" = "$(printf '%s\n' 'meadow' 'sunny' 'tiger' 'garnet' 'island' 'falcon' 'amber' 'timber' 'lotus' 'cobalt' 'raven' 'harbor' 'pearl')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
