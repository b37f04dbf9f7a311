#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/falcon.txt ] && [ "$(cat /workspace/falcon.txt)" = "$(printf '%s\n' 'delta 712' 'cloud river 681')" ] && [ -f /workspace/pepper.txt ] && [ "$(cat /workspace/pepper.txt)" = "$(printf '%s\n' 'delta 712' 'timber river 681')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
