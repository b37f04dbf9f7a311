#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/prices.csv ] && [ "$(cat /workspace/prices.csv)" = "$(printf '%s\n' 'name,stock' 'lantern,731' 'island,306' 'willow,574' 'lemon,553' 'cobalt,749' 'amber,52' 'raven,424' 'cedar,106' 'kettle,852' 'nectar,445' 'olive,9351' 'frost,796' 'stone,548' 'ember,736' 'delta,3189' 'coral,341' 'maple,816' 'cloud,387' 'harbor,853' 'falcon,724' 'pepper,969' 'garnet,633' 'jasper,948')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
