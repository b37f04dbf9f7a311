#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/apple.txt ] && [ "$(cat /workspace/apple.txt)" = "$(printf '%s\n' 'meadow 920' 'lemon 261' 'velvet 676' 'cedar 147' 'falcon 356')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
