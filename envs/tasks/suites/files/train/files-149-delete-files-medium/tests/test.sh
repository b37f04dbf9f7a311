#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/island.txt ] && [ ! -e /workspace/willow.txt ] && [ ! -e /workspace/raven.txt ] && [ -f /workspace/velvet.txt ] && [ -f /workspace/maple.txt ] && [ -f /workspace/orchid.txt ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
