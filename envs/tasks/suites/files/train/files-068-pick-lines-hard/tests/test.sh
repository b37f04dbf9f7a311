#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/raven.txt ] && [ "$(cat /workspace/raven.txt)" = "$(printf '%s\n' 'quartz 284' 'willow 930' 'lotus 469' 'pearl 242')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
