#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/velvet.log ] && [ "$(cat /workspace/velvet.log)" = "$(printf '%s\n' 'ERROR raven 742' 'ERROR jasper 188')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
