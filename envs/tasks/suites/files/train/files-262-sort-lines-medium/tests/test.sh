#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/coral.txt ] && [ "$(cat /workspace/coral.txt)" = "$(printf '%s\n' 'amber' 'brick' 'coral' 'falcon' 'garnet' 'harbor' 'island' 'nectar' 'pepper' 'stone' 'tiger' 'willow')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
