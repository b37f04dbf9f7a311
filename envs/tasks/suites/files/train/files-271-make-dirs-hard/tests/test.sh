#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -d /workspace/harbor/reports ] && [ -d /workspace/harbor/data ] && [ -d /workspace/harbor/logs ] && [ -d /workspace/harbor/logs/mango ] && [ -d /workspace/harbor/reports/timber ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
