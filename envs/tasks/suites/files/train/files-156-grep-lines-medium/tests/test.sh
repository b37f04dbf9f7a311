#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/tiger.log ] && [ "$(cat /workspace/tiger.log)" = "$(printf '%s\n' 'INFO cedar 33' 'INFO cedar 667' 'WARN cedar 259' 'ERROR cedar 236')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
