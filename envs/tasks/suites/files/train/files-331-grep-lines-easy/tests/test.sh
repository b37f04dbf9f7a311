#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/delta.log ] && [ "$(cat /workspace/delta.log)" = "$(printf '%s\n' 'ERROR lotus 952' 'ERROR orchid 774')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
