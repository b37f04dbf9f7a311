#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/saddle.txt ] && [ -f /workspace/docs/saddle.txt ] && [ "$(cat /workspace/docs/saddle.txt)" = "$(printf '%s\n' 'tiger 821' 'cedar 25' 'mango 933')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
