#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/cedar.txt ] && [ -f /workspace/reports/cedar.txt ] && [ "$(cat /workspace/reports/cedar.txt)" = "$(printf '%s\n' 'stone 224' 'harbor 946' 'orchid 607')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
