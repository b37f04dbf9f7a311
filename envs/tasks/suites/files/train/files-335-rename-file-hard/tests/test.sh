#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/docs/velvet/cedar.bak ] && [ -f /workspace/docs/velvet/stone.csv ] && [ "$(cat /workspace/docs/velvet/stone.csv)" = "$(printf '%s\n' 'lotus 701' 'falcon 601' 'walnut 841')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
