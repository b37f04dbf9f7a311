#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/meadow.txt ] && [ "$(cat /workspace/meadow.txt)" = "$(printf '%s\n' 'cloud' 'cobalt' 'frost' 'garnet' 'kettle' 'lotus' 'meadow' 'olive' 'orchid' 'tiger' 'willow')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
