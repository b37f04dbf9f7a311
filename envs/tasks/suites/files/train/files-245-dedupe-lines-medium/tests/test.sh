#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/meadow.txt ] && [ "$(cat /workspace/meadow.txt)" = "$(printf '%s\n' 'cobalt' 'garnet' 'lantern' 'mango' 'raven' 'amber' 'kettle')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
