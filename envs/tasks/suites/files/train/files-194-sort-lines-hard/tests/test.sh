#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/sunny.txt ] && [ "$(cat /workspace/sunny.txt)" = "$(printf '%s\n' '1197' '1461' '3230' '4315' '5273' '7416' '7515' '8163' '8906' '8907')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
