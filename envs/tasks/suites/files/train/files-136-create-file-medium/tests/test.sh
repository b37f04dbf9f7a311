#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/kettle.txt ] && [ "$(cat /workspace/kettle.txt)" = "$(printf '%s\n' 'apple 728' 'cloud 491')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
