#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/scores.csv ] && [ "$(cat /workspace/scores.csv)" = "$(printf '%s\n' 'name,count' 'walnut,3553' 'raven,82' 'willow,676' 'sunny,259')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
