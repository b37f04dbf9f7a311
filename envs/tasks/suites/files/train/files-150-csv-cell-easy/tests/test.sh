#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/inventory.csv ] && [ "$(cat /workspace/inventory.csv)" = "$(printf '%s\n' 'name,count' 'delta,645' 'pepper,582' 'lotus,4752')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
