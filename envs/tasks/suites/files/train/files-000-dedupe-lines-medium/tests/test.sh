#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/pearl.txt ] && [ "$(cat /workspace/pearl.txt)" = "$(printf '%s\n' 'maple' 'island' 'mango' 'harbor' 'timber' 'velvet')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
