#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/prices.csv ] && [ "$(cat /workspace/prices.csv)" = "$(printf '%s\n' 'name,count' 'stone,554' 'walnut,848' 'falcon,488' 'amber,690' 'pepper,719' 'olive,162' 'lantern,7498' 'nectar,9091' 'river,956' 'meadow,857' 'island,758' 'delta,901' 'pearl,113' 'coral,314' 'jasper,19')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
