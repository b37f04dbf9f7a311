#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -d /workspace/cloud/backup ] && [ -d /workspace/cloud/archive ] && [ -d /workspace/cloud/assets ] && [ -d /workspace/cloud/notes ] && [ -d /workspace/cloud/archive/willow ] && [ -d /workspace/cloud/assets/sunny ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
