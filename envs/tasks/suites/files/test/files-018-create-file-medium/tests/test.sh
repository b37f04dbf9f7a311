#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/garnet.txt ] && [ "$(cat /workspace/garnet.txt)" = "$(printf '%s\n' 'quartz 402' 'apple 704' 'willow 132')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
