#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/nectar.txt ] && [ "$(cat /workspace/nectar.txt)" = "$(printf '%s\n' 'quartz 887' 'falcon 179' 'willow 116' 'meadow 151')" ] && [ -f /workspace/src/falcon.txt ] && [ "$(cat /workspace/src/falcon.txt)" = "$(printf '%s\n' 'quartz 887' 'falcon 179' 'willow 116' 'meadow 151')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
