#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/meadow.txt ] && [ "$(cat /workspace/meadow.txt)" = "$(printf '%s\n' 'meadow 510')" ] && [ -f /workspace/maple.txt ] && [ "$(cat /workspace/maple.txt)" = "$(printf '%s\n' 'meadow 510')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
