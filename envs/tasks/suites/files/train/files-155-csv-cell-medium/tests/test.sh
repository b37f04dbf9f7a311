#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/scores.csv ] && [ "$(cat /workspace/scores.csv)" = "$(printf '%s\n' 'name,stock' 'willow,720' 'pepper,1753' 'amber,636' 'apple,324' 'pearl,840' 'lotus,689')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
