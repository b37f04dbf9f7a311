#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/src/timber.txt ] && [ "$(cat /workspace/src/timber.txt)" = "$(printf '%s\n' 'garnet 513' 'nectar 179' 'cedar 314' 'coral 359' 'kettle 148' 'timber 711')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
