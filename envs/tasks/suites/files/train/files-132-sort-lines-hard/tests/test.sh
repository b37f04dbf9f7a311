#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/amber.txt ] && [ "$(cat /workspace/amber.txt)" = "$(printf '%s\n' '343' '393' '1718' '3342' '5479' '6811' '7011' '7334' '8711' '8835' '9540' '9762')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
