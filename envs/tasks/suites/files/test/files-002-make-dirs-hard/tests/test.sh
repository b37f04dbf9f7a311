#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -d /workspace/ember/notes ] && [ -d /workspace/ember/logs ] && [ -d /workspace/ember/archive ] && [ -d /workspace/ember/reports ] && [ -d /workspace/ember/logs/pepper ] && [ -d /workspace/ember/archive/delta ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
