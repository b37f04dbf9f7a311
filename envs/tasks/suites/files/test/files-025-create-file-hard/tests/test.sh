#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/old/orchid.txt ] && [ "$(cat /workspace/old/orchid.txt)" = "$(printf '%s\n' 'cedar 22' 'tiger 411' 'meadow 960' 'meadow 144' 'harbor 505' 'tiger 261')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
