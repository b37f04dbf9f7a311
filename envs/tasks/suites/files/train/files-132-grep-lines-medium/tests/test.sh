#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/olive.log ] && [ "$(cat /workspace/olive.log)" = "$(printf '%s\n' 'ERROR island 740' 'ERROR island 56' 'ERROR island 395' 'INFO island 727' 'WARN island 293' 'ERROR island 803' 'INFO island 411' 'ERROR island 335' 'ERROR island 988' 'ERROR island 96')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
