#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/prices.csv ] && [ "$(cat /workspace/prices.csv)" = "$(printf '%s\n' 'name,score' 'mango,8685' 'cloud,383' 'maple,385' 'falcon,967' 'frost,562' 'pearl,709' 'tiger,949' 'velvet,4627' 'lotus,43' 'river,272' 'delta,918' 'timber,45' 'quartz,968' 'garnet,410' 'island,8' 'willow,839' 'amber,44' 'brick,661' 'kettle,81' 'jasper,654' 'coral,808' 'lantern,43')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
