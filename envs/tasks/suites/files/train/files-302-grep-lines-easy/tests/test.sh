#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/maple.log ] && [ "$(cat /workspace/maple.log)" = "$(printf '%s\n' 'WARN kettle 414' 'WARN lemon 588')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
