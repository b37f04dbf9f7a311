#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/brick.txt ] && [ "$(cat /workspace/brick.txt)" = "$(printf '%s\n' 'mango 841' 'pearl 597' 'amber pepper 8' 'velvet 534' 'lemon 103' 'kettle 205' 'amber ember 233' 'pearl 338' 'stone 983' 'willow 563' 'tiger 24' 'nectar 270')" ] && [ -f /workspace/island.txt ] && [ "$(cat /workspace/island.txt)" = "$(printf '%s\n' 'meadow 368' 'cedar 675 amber' 'harbor 52' 'tiger 740' 'coral 506' 'orchid 107' 'pepper 247 amber')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
