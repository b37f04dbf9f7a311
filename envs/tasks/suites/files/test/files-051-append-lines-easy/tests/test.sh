#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/orchid.txt ] && [ "$(cat /workspace/orchid.txt)" = "$(printf '%s\n' 'meadow 847' 'meadow 21' 'tiger 948' 'pepper 811')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
