#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/cobalt.txt ] && [ "$(cat /workspace/cobalt.txt)" = "$(printf '%s\n' 'apple' 'brick' 'cloud' 'cobalt' 'coral' 'garnet' 'harbor' 'jasper' 'meadow' 'olive' 'raven' 'river' 'saddle' 'sunny' 'willow')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
