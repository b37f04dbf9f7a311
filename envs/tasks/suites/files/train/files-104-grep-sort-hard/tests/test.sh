#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/falcon.log ] && [ "$(cat /workspace/falcon.log)" = "$(printf '%s\n' 'INFO brick 378' 'WARN brick 954')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
