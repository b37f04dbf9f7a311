#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/olive.txt ] && [ "$(cat /workspace/olive.txt)" = "$(printf '%s\n' '1103' '1768' '1946' '2099' '2201' '3605' '3755' '3850' '8206')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
