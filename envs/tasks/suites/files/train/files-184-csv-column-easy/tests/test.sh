#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/ember.txt ] && [ "$(cat /workspace/ember.txt)" = "$(printf '%s\n' 'id' '784' '824' '286' '859' '688')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
