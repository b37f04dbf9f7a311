#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/drafts/saddle.txt ] && [ "$(cat /workspace/drafts/saddle.txt)" = "$(printf '%s\n' 'quartz 142' 'stone 649' 'saddle 213' 'apple 877')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
