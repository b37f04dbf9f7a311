#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/inventory.csv ] && [ "$(cat /workspace/inventory.csv)" = "$(printf '%s\n' 'name,stock' 'island,207' 'velvet,722' 'falcon,568' 'cloud,70' 'jasper,300' 'frost,145' 'raven,750' 'timber,1492' 'river,190' 'pearl,565')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
