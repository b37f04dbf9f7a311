#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/src/quartz/walnut.bak ] && [ -f /workspace/src/quartz/meadow.md ] && [ "$(cat /workspace/src/quartz/meadow.md)" = "$(printf '%s\n' 'timber 395' 'lantern 416' 'ember 430' 'falcon 885')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
