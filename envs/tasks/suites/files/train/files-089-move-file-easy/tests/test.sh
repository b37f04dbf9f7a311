#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/olive.txt ] && [ -f /workspace/old/olive.txt ] && [ "$(cat /workspace/old/olive.txt)" = "$(printf '%s\n' 'maple 871')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
