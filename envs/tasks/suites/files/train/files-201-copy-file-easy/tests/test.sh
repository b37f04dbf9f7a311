#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/ember.txt ] && [ "$(cat /workspace/ember.txt)" = "$(printf '%s\n' 'stone 132')" ] && [ -f /workspace/nectar.txt ] && [ "$(cat /workspace/nectar.txt)" = "$(printf '%s\n' 'stone 132')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
