#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/prices.csv ] && [ "$(cat /workspace/prices.csv)" = "$(printf '%s\n' 'name,price' 'apple,2590' 'orchid,867' 'delta,260' 'stone,604' 'island,696' 'olive,967' 'jasper,905' 'meadow,148' 'brick,446')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
