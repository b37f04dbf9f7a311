#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/amber.txt ] && [ "$(cat /workspace/amber.txt)" = "$(printf '%s\n' 'cloud 748' 'cedar 970' 'coral 237' 'frost 385' 'amber 419')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
