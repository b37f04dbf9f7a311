#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/old/lotus/nectar.log ] && [ -f /workspace/old/lotus/lantern.csv ] && [ "$(cat /workspace/old/lotus/lantern.csv)" = "$(printf '%s\n' 'cobalt 687' 'kettle 398' 'pepper 20')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
