#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/ember.txt ] && [ "$(cat /workspace/ember.txt)" = "$(printf '%s\n' 'jasper 268' 'cloud 857' 'quartz 768' 'ember 357' 'river 511' 'walnut 500' 'maple 917' 'kettle 951' 'apple 920')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
