#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/maple.txt ] && [ "$(cat /workspace/maple.txt)" = "$(printf '%s\n' 'amber' 'apple' 'cedar' 'cloud' 'delta' 'frost' 'garnet' 'harbor' 'island' 'lotus' 'maple' 'orchid' 'pearl' 'river' 'sunny' 'timber')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
