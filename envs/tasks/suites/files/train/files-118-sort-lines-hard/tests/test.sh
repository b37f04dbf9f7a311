#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/olive.txt ] && [ "$(cat /workspace/olive.txt)" = "$(printf '%s\n' '659' '1412' '4175' '4423' '5307' '7163' '7360' '8247' '9030' '9216' '9662' '9985')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
