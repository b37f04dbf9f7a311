#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/mango.log ] && [ "$(cat /workspace/mango.log)" = "$(printf '%s\n' 'INFO jasper 410' 'INFO jasper 398')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
