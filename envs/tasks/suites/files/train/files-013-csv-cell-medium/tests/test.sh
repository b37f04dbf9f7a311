#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/inventory.csv ] && [ "$(cat /workspace/inventory.csv)" = "$(printf '%s\n' 'name,stock' 'mango,822' 'olive,753' 'frost,505' 'kettle,247' 'river,892' 'quartz,575' 'orchid,182' 'coral,2193' 'delta,789')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
