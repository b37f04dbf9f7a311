#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -d /workspace/jasper/assets ] && [ -d /workspace/jasper/src ] && [ -d /workspace/jasper/notes ] && [ -d /workspace/jasper/assets/timber ] && [ -d /workspace/jasper/notes/cloud ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
