#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/lotus.txt ] && [ "$(cat /workspace/lotus.txt)" = "$(printf '%s\n' '774' '1012' '1078' '1163' '1625' '1835' '1931' '2429' '3324' '3562' '3921' '4103' '6659' '6666' '9067' '9368' '9550')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
