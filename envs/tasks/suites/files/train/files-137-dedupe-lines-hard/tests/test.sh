#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/island.txt ] && [ "$(cat /workspace/island.txt)" = "$(printf '%s\n' 'island' 'brick' 'pepper' 'kettle' 'timber' 'olive' 'stone' 'lotus' 'apple' 'pearl' 'river' 'saddle' 'amber' 'quartz')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
