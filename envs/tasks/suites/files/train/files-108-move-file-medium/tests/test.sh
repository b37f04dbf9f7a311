#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/walnut.txt ] && [ -f /workspace/notes/walnut.txt ] && [ "$(cat /workspace/notes/walnut.txt)" = "$(printf '%s\n' 'amber 8' 'kettle 930')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
