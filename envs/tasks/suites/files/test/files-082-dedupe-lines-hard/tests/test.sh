#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/walnut.txt ] && [ "$(cat /workspace/walnut.txt)" = "$(printf '%s\n' 'pepper' 'coral' 'maple' 'island' 'nectar' 'ember' 'falcon' 'meadow' 'raven' 'stone' 'walnut')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
