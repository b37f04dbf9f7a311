#!/usr/bin/env bash
# Verifier: reward 1 when the check passes, else 0.
mkdir -p /logs/verifier
if [ -f /workspace/frost.txt ] && [ "$(cat /workspace/frost.txt)" = "cloud 23" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
