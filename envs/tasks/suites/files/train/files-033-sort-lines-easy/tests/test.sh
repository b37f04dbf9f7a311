#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/mango.txt ] && [ "$(cat /workspace/mango.txt)" = "$(printf '%s\n' 'cobalt' 'olive' 'raven' 'saddle')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
