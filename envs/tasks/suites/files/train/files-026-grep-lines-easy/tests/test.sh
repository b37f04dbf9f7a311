#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/olive.log ] && [ "$(cat /workspace/olive.log)" = "$(printf '%s\n' 'ERROR walnut 645')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
