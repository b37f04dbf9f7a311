#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -d /workspace/jasper/logs ] && [ -d /workspace/jasper/inbox ] && [ -d /workspace/jasper/backup ] && [ -d /workspace/jasper/notes ] && [ -d /workspace/jasper/backup/ember ] && [ -d /workspace/jasper/inbox/harbor ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
