#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/scores.csv ] && [ "$(cat /workspace/scores.csv)" = "$(printf '%s\n' 'name,stock' 'timber,7734' 'tiger,933' 'pearl,453' 'harbor,727' 'river,686' 'lantern,867' 'apple,372' 'meadow,194' 'coral,479' 'sunny,764' 'falcon,728')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
