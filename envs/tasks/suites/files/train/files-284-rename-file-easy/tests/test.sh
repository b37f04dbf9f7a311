#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/velvet.txt ] && [ -f /workspace/maple.txt ] && [ "$(cat /workspace/maple.txt)" = "$(printf '%s\n' 'frost 50' 'meadow 616' 'maple 186')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
