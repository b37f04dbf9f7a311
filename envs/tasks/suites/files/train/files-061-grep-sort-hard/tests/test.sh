#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/sunny.log ] && [ "$(cat /workspace/sunny.log)" = "$(printf '%s\n' 'INFO island 691' 'WARN island 254' 'WARN island 498')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
