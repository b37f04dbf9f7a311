#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/prices.csv ] && [ "$(cat /workspace/prices.csv)" = "$(printf '%s\n' 'name,stock' 'sunny,899' 'lotus,678' 'kettle,631' 'stone,888' 'cedar,7735' 'velvet,528' 'harbor,833' 'frost,162' 'garnet,847' 'brick,945')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
