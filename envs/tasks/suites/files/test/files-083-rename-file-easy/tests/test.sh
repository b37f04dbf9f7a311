#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/frost.txt ] && [ -f /workspace/lantern.txt ] && [ "$(cat /workspace/lantern.txt)" = "$(printf '%s\n' 'delta 205' 'cloud 684')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
