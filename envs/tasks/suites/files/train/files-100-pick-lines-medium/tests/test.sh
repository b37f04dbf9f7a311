#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/tiger.txt ] && [ "$(cat /workspace/tiger.txt)" = "$(printf '%s\n' 'walnut 720' 'falcon 594' 'island 311' 'willow 532' 'island 196' 'quartz 747')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
