#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/reports/lotus.txt ] && [ "$(cat /workspace/reports/lotus.txt)" = "$(printf '%s\n' 'velvet 689' 'cedar 276' 'apple 185' 'lantern 653' 'meadow 836' 'river 546')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
