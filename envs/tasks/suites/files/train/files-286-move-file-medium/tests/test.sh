#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/walnut.txt ] && [ -f /workspace/data/walnut.txt ] && [ "$(cat /workspace/data/walnut.txt)" = "$(printf '%s\n' 'delta 884' 'lemon 861' 'falcon 691')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
