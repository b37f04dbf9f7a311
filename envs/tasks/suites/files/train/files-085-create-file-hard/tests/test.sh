#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/assets/falcon.txt ] && [ "$(cat /workspace/assets/falcon.txt)" = "$(printf '%s\n' 'orchid 457' 'kettle 48' 'willow 900' 'cloud 987')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
