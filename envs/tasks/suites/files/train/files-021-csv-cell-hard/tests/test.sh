#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/scores.csv ] && [ "$(cat /workspace/scores.csv)" = "$(printf '%s\n' 'name,stock' 'ember,465' 'island,834' 'mango,952' 'cedar,281' 'garnet,126' 'brick,2622' 'lantern,470' 'falcon,430' 'lemon,72' 'lotus,158' 'apple,773' 'olive,882' 'kettle,117' 'river,675' 'stone,610' 'timber,24' 'maple,7548' 'orchid,481' 'quartz,716' 'meadow,715')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
