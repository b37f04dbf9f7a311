#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/cloud.txt ] && [ "$(cat /workspace/cloud.txt)" = "$(printf '%s\n' 'velvet 610' 'lantern 916' 'amber 881' 'cobalt 694')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
