#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/garnet.log ] && [ "$(cat /workspace/garnet.log)" = "$(printf '%s\n' 'ERROR pepper 575' 'ERROR pepper 754' 'INFO pepper 131' 'INFO pepper 194' 'INFO pepper 209' 'WARN pepper 325' 'WARN pepper 888' 'WARN pepper 988')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
