#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/prices.csv ] && [ "$(cat /workspace/prices.csv)" = "$(printf '%s\n' 'name,count' 'kettle,468' 'ember,915' 'walnut,70' 'orchid,552')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
