#!/usr/bin/env bash
# Verifier: reward 1 when the check passes, else 0.
mkdir -p /logs/verifier
if [ ! -e /workspace/frost.txt ] && [ -f /workspace/cloud/frost.txt ] && [ "$(sed -n 2p /workspace/cloud/frost.txt)" = "stone 79" ] && [ "$(sed -n 1p /workspace/cloud/frost.txt)" = "frost" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
