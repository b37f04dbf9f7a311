#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/coral.txt ] && [ "$(cat /workspace/coral.txt)" = "$(printf '%s\n' '68' '86' '0' '81' '65' '57' '81' '83' '2' '83' '5' '82')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
