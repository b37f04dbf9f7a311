#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/notes ] && [ ! -e /workspace/meadow.txt ] && [ -f /workspace/nectar.txt ] && [ -f /workspace/frost.txt ] && [ -f /workspace/timber.txt ] && [ -f /workspace/cloud.txt ] && [ -f /workspace/island.txt ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
