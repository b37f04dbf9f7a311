#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/jasper.log ] && [ "$(cat /workspace/jasper.log)" = "$(printf '%s\n' 'ERROR maple 295' 'WARN maple 526' 'WARN maple 817')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
