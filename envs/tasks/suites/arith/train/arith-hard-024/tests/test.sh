#!/usr/bin/env bash
# Verifier: reward 1 when the check passes, else 0.
mkdir -p /logs/verifier
if [ "$(tr -d "[:space:]" < /workspace/answer.txt 2>/dev/null)" = "159" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
