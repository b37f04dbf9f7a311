#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/falcon.txt ] && [ -f /workspace/src/mango/falcon.txt ] && [ "$(cat /workspace/src/mango/falcon.txt)" = "$(printf '%s\n' 'willow 395' 'delta 421')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
