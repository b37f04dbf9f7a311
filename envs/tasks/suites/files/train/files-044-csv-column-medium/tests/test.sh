#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/orchid.txt ] && [ "$(cat /workspace/orchid.txt)" = "$(printf '%s\n' 'score' '60' '42' '31' '20' '42')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
