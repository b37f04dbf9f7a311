#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/pepper.log ] && [ "$(cat /workspace/pepper.log)" = "$(printf '%s\n' 'ERROR orchid 774' 'ERROR orchid 847')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
