#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/falcon.log ] && [ "$(cat /workspace/falcon.log)" = "$(printf '%s\n' 'WARN lemon 622' 'WARN lemon 749' 'INFO lemon 147')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
