#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/stock.csv ] && [ "$(cat /workspace/stock.csv)" = "$(printf '%s\n' 'name,stock' 'kettle,997' 'lotus,406' 'orchid,925' 'olive,100' 'cedar,746' 'tiger,917' 'apple,891' 'ember,409' 'falcon,188' 'lantern,393' 'velvet,359' 'raven,6685' 'coral,818' 'lemon,861' 'river,128')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
