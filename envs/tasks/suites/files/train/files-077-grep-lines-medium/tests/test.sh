#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/kettle.log ] && [ "$(cat /workspace/kettle.log)" = "$(printf '%s\n' 'ERROR pearl 443' 'ERROR pearl 587')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
