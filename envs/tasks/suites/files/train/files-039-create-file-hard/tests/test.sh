#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/notes/jasper.txt ] && [ "$(cat /workspace/notes/jasper.txt)" = "$(printf '%s\n' 'meadow 960' 'meadow 144' 'harbor 505' 'tiger 261' 'orchid 72')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
