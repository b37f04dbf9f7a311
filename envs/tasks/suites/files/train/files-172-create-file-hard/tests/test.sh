#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/logs/timber.txt ] && [ "$(cat /workspace/logs/timber.txt)" = "$(printf '%s\n' 'maple 776' 'ember 875' 'river 536' 'mango 790')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
