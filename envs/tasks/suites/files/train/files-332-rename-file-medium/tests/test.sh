#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/src/quartz.txt ] && [ -f /workspace/src/garnet.txt ] && [ "$(cat /workspace/src/garnet.txt)" = "$(printf '%s\n' 'river 937' 'stone 966' 'olive 967' 'island 26')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
