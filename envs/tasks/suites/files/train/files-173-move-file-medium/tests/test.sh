#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/falcon.txt ] && [ -f /workspace/assets/falcon.txt ] && [ "$(cat /workspace/assets/falcon.txt)" = "$(printf '%s\n' 'cobalt 279' 'kettle 281' 'coral 436' 'amber 803')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
