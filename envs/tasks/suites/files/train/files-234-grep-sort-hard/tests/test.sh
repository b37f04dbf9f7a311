#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/frost.log ] && [ "$(cat /workspace/frost.log)" = "$(printf '%s\n' 'ERROR cloud 456' 'INFO cloud 522' 'INFO cloud 969' 'WARN cloud 160' 'WARN cloud 576' 'WARN cloud 866')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
