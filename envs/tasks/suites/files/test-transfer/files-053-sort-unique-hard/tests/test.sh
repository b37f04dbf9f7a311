#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/mango.txt ] && [ "$(cat /workspace/mango.txt)" = "$(printf '%s\n' 'amber' 'cloud' 'ember' 'garnet' 'harbor' 'jasper' 'kettle' 'lantern' 'maple' 'meadow' 'olive' 'pepper' 'river' 'saddle' 'tiger' 'timber')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
