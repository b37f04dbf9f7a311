#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/prices.csv ] && [ "$(cat /workspace/prices.csv)" = "$(printf '%s\n' 'name,count' 'orchid,7984' 'maple,816' 'brick,443' 'river,230' 'apple,371' 'saddle,169' 'olive,592' 'ember,292' 'cobalt,199' 'lotus,169' 'cedar,493')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
