#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/mango.txt ] && [ -f /workspace/assets/mango.txt ] && [ "$(cat /workspace/assets/mango.txt)" = "$(printf '%s\n' 'falcon 691' 'lotus 153' 'lemon 272')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
