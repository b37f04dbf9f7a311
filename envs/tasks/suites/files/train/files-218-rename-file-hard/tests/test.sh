#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/logs/lemon/coral.log ] && [ -f /workspace/logs/lemon/pepper.md ] && [ "$(cat /workspace/logs/lemon/pepper.md)" = "$(printf '%s\n' 'sunny 93' 'frost 878' 'lotus 732')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
