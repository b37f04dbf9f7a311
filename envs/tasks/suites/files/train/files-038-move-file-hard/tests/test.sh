#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/meadow.txt ] && [ -f /workspace/old/brick/meadow.txt ] && [ "$(cat /workspace/old/brick/meadow.txt)" = "$(printf '%s\n' 'lemon 832' 'walnut 502' 'nectar 317')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
