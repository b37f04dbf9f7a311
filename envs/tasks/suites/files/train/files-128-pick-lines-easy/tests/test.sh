#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/walnut.txt ] && [ "$(cat /workspace/walnut.txt)" = "$(printf '%s\n' 'river 388' 'kettle 38' 'orchid 803' 'mango 250')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
