#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/walnut.txt ] && [ -f /workspace/src/cloud/walnut.txt ] && [ "$(cat /workspace/src/cloud/walnut.txt)" = "$(printf '%s\n' 'velvet 918' 'ember 223')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
