#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/maple.txt ] && [ "$(cat /workspace/maple.txt)" = "$(printf '%s\n' 'harbor' 'quartz' 'river' 'pepper' 'mango' 'garnet' 'kettle' 'delta' 'brick')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
