#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/raven.txt ] && [ "$(cat /workspace/raven.txt)" = "$(printf '%s\n' '307' '528' '871' '4693' '5085' '5461' '6015' '6369' '7192' '9592')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
