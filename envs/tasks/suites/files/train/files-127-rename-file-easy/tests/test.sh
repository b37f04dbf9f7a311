#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/meadow.txt ] && [ -f /workspace/velvet.txt ] && [ "$(cat /workspace/velvet.txt)" = "$(printf '%s\n' 'mango 171' 'pearl 952')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
