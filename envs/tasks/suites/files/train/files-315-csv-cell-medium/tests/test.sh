#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/scores.csv ] && [ "$(cat /workspace/scores.csv)" = "$(printf '%s\n' 'name,count' 'river,979' 'stone,415' 'velvet,236' 'falcon,363' 'amber,554' 'pepper,848' 'olive,488' 'orchid,690' 'walnut,719' 'meadow,162' 'island,60' 'delta,1802')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
