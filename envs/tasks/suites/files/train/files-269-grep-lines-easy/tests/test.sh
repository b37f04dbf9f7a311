#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/lotus.log ] && [ "$(cat /workspace/lotus.log)" = "$(printf '%s\n' 'WARN lemon 479' 'WARN tiger 842')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
