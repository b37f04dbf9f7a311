#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/brick.txt ] && [ -f /workspace/src/cloud/brick.txt ] && [ "$(cat /workspace/src/cloud/brick.txt)" = "$(printf '%s\n' 'timber 634' 'garnet 390' 'lemon 391')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
