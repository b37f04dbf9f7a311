#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/inbox/lotus/pearl.bak ] && [ -f /workspace/inbox/lotus/sunny.csv ] && [ "$(cat /workspace/inbox/lotus/sunny.csv)" = "$(printf '%s\n' 'maple 216' 'tiger 11' 'frost 548')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
