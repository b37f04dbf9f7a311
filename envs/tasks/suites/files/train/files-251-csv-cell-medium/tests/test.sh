#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/stock.csv ] && [ "$(cat /workspace/stock.csv)" = "$(printf '%s\n' 'name,price' 'ember,926' 'apple,609' 'jasper,494' 'stone,299' 'walnut,235' 'tiger,9460' 'lotus,679' 'pearl,64')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
