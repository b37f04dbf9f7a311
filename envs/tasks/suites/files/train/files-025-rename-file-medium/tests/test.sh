#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/src/garnet.txt ] && [ -f /workspace/src/nectar.txt ] && [ "$(cat /workspace/src/nectar.txt)" = "$(printf '%s\n' 'pepper 1')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
