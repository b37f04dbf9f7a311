#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/logs/cloud/mango.bak ] && [ -f /workspace/logs/cloud/walnut.md ] && [ "$(cat /workspace/logs/cloud/walnut.md)" = "$(printf '%s\n' 'olive 98' 'quartz 849')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
