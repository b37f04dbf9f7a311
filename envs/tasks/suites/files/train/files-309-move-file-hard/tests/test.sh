#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/willow.txt ] && [ -f /workspace/notes/willow/willow.txt ] && [ "$(cat /workspace/notes/willow/willow.txt)" = "$(printf '%s\n' 'willow 478' 'pearl 619')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
