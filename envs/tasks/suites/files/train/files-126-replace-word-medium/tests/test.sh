#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/pearl.txt ] && [ "$(cat /workspace/pearl.txt)" = "$(printf '%s\n' 'meadow 911' 'jasper 527 brick' 'velvet 93' 'lantern 641' 'brick velvet 418' 'lemon 819' 'saddle 368' 'apple 873 brick')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
