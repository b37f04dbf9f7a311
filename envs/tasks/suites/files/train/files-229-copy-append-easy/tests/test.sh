#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/pearl.txt ] && [ "$(cat /workspace/pearl.txt)" = "$(printf '%s\n' 'amber 508' 'saddle 25')" ] && [ -f /workspace/mango.txt ] && [ "$(cat /workspace/mango.txt)" = "$(printf '%s\n' 'amber 508' 'saddle 25' 'coral 805')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
