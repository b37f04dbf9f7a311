#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/garnet.txt ] && [ -f /workspace/raven.txt ] && [ -f /workspace/maple.txt ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
