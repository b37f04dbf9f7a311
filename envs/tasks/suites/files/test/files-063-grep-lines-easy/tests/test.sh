#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/quartz.log ] && [ "$(cat /workspace/quartz.log)" = "$(printf '%s\n' 'WARN raven 354' 'WARN orchid 396')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
