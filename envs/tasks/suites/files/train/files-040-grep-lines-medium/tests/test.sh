#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/harbor.log ] && [ "$(cat /workspace/harbor.log)" = "$(printf '%s\n' 'INFO cloud 508' 'WARN cloud 501')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
