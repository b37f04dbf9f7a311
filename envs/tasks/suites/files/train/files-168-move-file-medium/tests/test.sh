#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/walnut.txt ] && [ -f /workspace/logs/walnut.txt ] && [ "$(cat /workspace/logs/walnut.txt)" = "$(printf '%s\n' 'tiger 555' 'amber 656' 'ember 976' 'brick 687')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
