#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -d /workspace/tiger/inbox ] && [ -d /workspace/tiger/docs ] && [ -d /workspace/tiger/archive ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
