#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/reports/walnut.txt ] && [ "$(cat /workspace/reports/walnut.txt)" = "$(printf '%s\n' 'nectar 917' 'falcon 33' 'brick 647' 'coral 135' 'pepper 181')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
