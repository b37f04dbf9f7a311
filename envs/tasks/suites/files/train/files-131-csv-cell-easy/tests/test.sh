#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/stock.csv ] && [ "$(cat /workspace/stock.csv)" = "$(printf '%s\n' 'name,count' 'lemon,262' 'maple,950' 'ember,46' 'lantern,4635')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
