#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/olive.log ] && [ "$(cat /workspace/olive.log)" = "$(printf '%s\n' 'WARN delta 792' 'WARN delta 871' 'WARN falcon 468')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
