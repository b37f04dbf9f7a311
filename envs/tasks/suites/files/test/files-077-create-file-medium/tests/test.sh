#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/velvet.txt ] && [ "$(cat /workspace/velvet.txt)" = "$(printf '%s\n' 'apple 410' 'quartz 630')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
