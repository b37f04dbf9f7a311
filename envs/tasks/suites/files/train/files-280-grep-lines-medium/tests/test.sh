#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/stone.log ] && [ "$(cat /workspace/stone.log)" = "$(printf '%s\n' 'WARN orchid 279' 'ERROR orchid 235' 'ERROR orchid 813' 'INFO orchid 999')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
