#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/jasper.log ] && [ "$(cat /workspace/jasper.log)" = "$(printf '%s\n' 'ERROR island 544' 'INFO island 301' 'WARN island 333' 'ERROR island 725')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
