#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/brick.log ] && [ "$(cat /workspace/brick.log)" = "$(printf '%s\n' 'WARN cloud 135' 'WARN cloud 534' 'WARN cloud 933')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
