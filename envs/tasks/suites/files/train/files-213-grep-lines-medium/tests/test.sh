#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/cobalt.log ] && [ "$(cat /workspace/cobalt.log)" = "$(printf '%s\n' 'WARN cobalt 692' 'INFO cobalt 300' 'ERROR cobalt 179' 'ERROR cobalt 338' 'ERROR cobalt 606')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
