#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -d /workspace/garnet/drafts ] && [ -d /workspace/garnet/assets ] && [ -d /workspace/garnet/docs ] && [ -d /workspace/garnet/logs ] && [ -d /workspace/garnet/logs/saddle ] && [ -d /workspace/garnet/assets/delta ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
