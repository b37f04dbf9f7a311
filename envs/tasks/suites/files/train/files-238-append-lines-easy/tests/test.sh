#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/river.txt ] && [ "$(cat /workspace/river.txt)" = "$(printf '%s\n' 'timber 950' 'saddle 490' 'saddle 901' 'walnut 522' 'saddle 289')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
