#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/old/pepper.txt ] && [ -f /workspace/old/ember.txt ] && [ "$(cat /workspace/old/ember.txt)" = "$(printf '%s\n' 'tiger 172')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
