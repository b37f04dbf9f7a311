#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/notes/pepper.txt ] && [ -f /workspace/notes/cloud.txt ] && [ "$(cat /workspace/notes/cloud.txt)" = "$(printf '%s\n' 'sunny 260' 'walnut 577' 'timber 381')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
