#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/lotus.txt ] && [ -f /workspace/src/lotus.txt ] && [ "$(cat /workspace/src/lotus.txt)" = "$(printf '%s\n' 'kettle 824' 'island 643' 'cobalt 349')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
