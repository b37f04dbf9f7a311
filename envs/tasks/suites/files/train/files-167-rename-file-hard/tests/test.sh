#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/docs/stone/olive.log ] && [ -f /workspace/docs/stone/island.csv ] && [ "$(cat /workspace/docs/stone/island.csv)" = "$(printf '%s\n' 'olive 368' 'brick 289' 'garnet 459' 'island 60')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
