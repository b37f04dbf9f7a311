#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/stock.csv ] && [ "$(cat /workspace/stock.csv)" = "$(printf '%s\n' 'name,stock' 'velvet,97' 'falcon,248' 'cloud,715' 'jasper,3312')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
