#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/island.txt ] && [ -f /workspace/docs/apple/island.txt ] && [ "$(cat /workspace/docs/apple/island.txt)" = "$(printf '%s\n' 'pearl 62')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
