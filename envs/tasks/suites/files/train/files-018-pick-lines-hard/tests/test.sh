#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/island.txt ] && [ "$(cat /workspace/island.txt)" = "$(printf '%s\n' 'ember 31' 'mango 381' 'amber 206' 'mango 182' 'quartz 728' 'falcon 999')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
