#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/pepper.txt ] && [ "$(cat /workspace/pepper.txt)" = "$(printf '%s\n' 'falcon 834' 'jasper 897' 'delta 936' 'walnut 772' 'frost 333')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
