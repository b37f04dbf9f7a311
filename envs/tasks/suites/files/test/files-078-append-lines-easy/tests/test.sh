#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/pepper.txt ] && [ "$(cat /workspace/pepper.txt)" = "$(printf '%s\n' 'cobalt 959' 'garnet 847' 'stone 592')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
