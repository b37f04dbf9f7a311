#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/assets ] && [ ! -e /workspace/island.txt ] && [ -f /workspace/maple.txt ] && [ -f /workspace/lemon.txt ] && [ -f /workspace/meadow.txt ] && [ -f /workspace/velvet.txt ] && [ -f /workspace/mango.txt ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
