#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/apple.txt ] && [ "$(cat /workspace/apple.txt)" = "$(printf '%s\n' 'brick 103' 'island 205' 'ember 233' 'delta 338' 'stone 983' 'cobalt 563 nectar' 'pearl 24 nectar' 'lantern 270' 'harbor 190' 'sunny 117' 'willow 672' 'olive 887')" ] && [ -f /workspace/saddle.txt ] && [ "$(cat /workspace/saddle.txt)" = "$(printf '%s\n' 'pearl 740 nectar' 'coral 506 nectar' 'meadow 107' 'orchid 247')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
