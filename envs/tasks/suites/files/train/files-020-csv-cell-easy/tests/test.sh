#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/scores.csv ] && [ "$(cat /workspace/scores.csv)" = "$(printf '%s\n' 'name,price' 'walnut,879' 'coral,417' 'apple,5322' 'pepper,394')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
