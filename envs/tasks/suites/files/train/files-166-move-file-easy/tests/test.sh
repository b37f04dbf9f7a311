#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/apple.txt ] && [ -f /workspace/data/apple.txt ] && [ "$(cat /workspace/data/apple.txt)" = "$(printf '%s\n' 'maple 75')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
