#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/stock.csv ] && [ "$(cat /workspace/stock.csv)" = "$(printf '%s\n' 'name,count' 'timber,744' 'island,853' 'lemon,834' 'river,90' 'raven,721' 'lantern,463' 'pepper,262' 'saddle,950' 'garnet,46' 'lotus,122' 'orchid,504' 'stone,290')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
