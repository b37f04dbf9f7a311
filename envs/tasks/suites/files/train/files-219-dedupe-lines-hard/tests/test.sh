#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/tiger.txt ] && [ "$(cat /workspace/tiger.txt)" = "$(printf '%s\n' 'brick' 'saddle' 'pepper' 'lemon' 'cloud' 'sunny' 'mango' 'meadow' 'coral' 'orchid' 'quartz' 'lantern' 'maple' 'walnut' 'frost')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
