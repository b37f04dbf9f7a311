#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/frost.txt ] && [ -f /workspace/backup/frost.txt ] && [ "$(cat /workspace/backup/frost.txt)" = "$(printf '%s\n' 'jasper 569' 'pearl 129' 'pearl 813' 'harbor 524' 'olive 409')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
