#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/docs/apple.txt ] && [ "$(cat /workspace/docs/apple.txt)" = "$(printf '%s\n' 'island 886' 'orchid 245' 'ember 767' 'cobalt 788' 'falcon 568' 'lotus 438')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
