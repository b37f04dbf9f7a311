#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/timber.txt ] && [ "$(cat /workspace/timber.txt)" = "$(printf '%s\n' 'name' 'orchid' 'falcon' 'tiger' 'falcon' 'mango' 'amber' 'brick')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
