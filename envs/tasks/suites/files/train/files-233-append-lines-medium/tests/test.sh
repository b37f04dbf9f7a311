#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/nectar.txt ] && [ "$(cat /workspace/nectar.txt)" = "$(printf '%s\n' 'harbor 45' 'walnut 734' 'lantern 245' 'stone 286' 'delta 959' 'timber 605' 'cedar 393' 'harbor 393' 'apple 583' 'apple 358')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
