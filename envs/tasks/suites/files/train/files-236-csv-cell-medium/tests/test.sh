#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/stock.csv ] && [ "$(cat /workspace/stock.csv)" = "$(printf '%s\n' 'name,price' 'mango,523' 'nectar,144' 'pearl,15' 'cobalt,952' 'timber,804' 'meadow,197' 'orchid,145' 'river,720' 'lantern,840' 'cedar,636' 'walnut,2710' 'garnet,840')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
