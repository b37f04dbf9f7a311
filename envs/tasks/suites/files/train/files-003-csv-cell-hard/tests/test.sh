#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/inventory.csv ] && [ "$(cat /workspace/inventory.csv)" = "$(printf '%s\n' 'name,count' 'frost,687' 'amber,515' 'quartz,548' 'apple,330' 'cloud,66' 'saddle,795' 'falcon,8308' 'sunny,389' 'maple,870' 'garnet,94' 'coral,279' 'harbor,962' 'cobalt,676' 'river,294' 'lemon,38' 'walnut,84' 'jasper,815' 'island,541' 'brick,354' 'kettle,630')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
