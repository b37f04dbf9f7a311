#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/assets/lemon/amber.log ] && [ -f /workspace/assets/lemon/jasper.md ] && [ "$(cat /workspace/assets/lemon/jasper.md)" = "$(printf '%s\n' 'apple 865' 'pepper 174' 'velvet 424' 'lotus 834')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
