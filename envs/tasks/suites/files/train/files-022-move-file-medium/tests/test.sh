#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/walnut.txt ] && [ -f /workspace/assets/walnut.txt ] && [ "$(cat /workspace/assets/walnut.txt)" = "$(printf '%s\n' 'maple 602' 'falcon 980')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
