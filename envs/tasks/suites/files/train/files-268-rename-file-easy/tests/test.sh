#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/jasper.txt ] && [ -f /workspace/falcon.txt ] && [ "$(cat /workspace/falcon.txt)" = "$(printf '%s\n' 'island 913')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
