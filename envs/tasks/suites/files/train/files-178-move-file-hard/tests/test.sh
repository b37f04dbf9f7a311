#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/pepper.txt ] && [ -f /workspace/notes/coral/pepper.txt ] && [ "$(cat /workspace/notes/coral/pepper.txt)" = "$(printf '%s\n' 'brick 828' 'meadow 325' 'brick 445')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
