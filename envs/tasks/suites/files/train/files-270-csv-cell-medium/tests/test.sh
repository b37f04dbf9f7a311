#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/stock.csv ] && [ "$(cat /workspace/stock.csv)" = "$(printf '%s\n' 'name,score' 'kettle,801' 'orchid,2076' 'falcon,903' 'lantern,899' 'pepper,959' 'river,652' 'nectar,860' 'stone,969' 'timber,694')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
