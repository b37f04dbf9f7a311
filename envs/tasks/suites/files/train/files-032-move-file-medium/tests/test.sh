#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/lemon.txt ] && [ -f /workspace/logs/lemon.txt ] && [ "$(cat /workspace/logs/lemon.txt)" = "$(printf '%s\n' 'cloud 780')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
