#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/frost.txt ] && [ "$(cat /workspace/frost.txt)" = "$(printf '%s\n' 'olive 448' 'lemon 302')" ] && [ -f /workspace/velvet.txt ] && [ "$(cat /workspace/velvet.txt)" = "$(printf '%s\n' 'olive 448' 'lemon 302')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
