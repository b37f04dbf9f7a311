#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/pepper.txt ] && [ -f /workspace/old/pepper.txt ] && [ "$(cat /workspace/old/pepper.txt)" = "$(printf '%s\n' 'ember 286')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
