#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/meadow.txt ] && [ -f /workspace/archive/meadow.txt ] && [ "$(cat /workspace/archive/meadow.txt)" = "$(printf '%s\n' 'apple 557' 'pearl 34' 'walnut 544' 'lotus 135' 'apple 887')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
