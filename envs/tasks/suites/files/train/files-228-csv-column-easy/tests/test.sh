#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/willow.txt ] && [ "$(cat /workspace/willow.txt)" = "$(printf '%s\n' 'id' '336' '273' '119' '304')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
