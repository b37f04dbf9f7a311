#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/raven.log ] && [ "$(cat /workspace/raven.log)" = "$(printf '%s\n' 'WARN river 732' 'WARN kettle 213' 'WARN kettle 122' 'WARN pearl 844')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
