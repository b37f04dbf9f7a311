#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/reports/stone.txt ] && [ -f /workspace/reports/maple.txt ] && [ "$(cat /workspace/reports/maple.txt)" = "$(printf '%s\n' 'delta 84' 'maple 333')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
