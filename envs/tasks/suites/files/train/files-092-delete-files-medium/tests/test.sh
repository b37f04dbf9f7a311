#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/ember.txt ] && [ ! -e /workspace/olive.txt ] && [ ! -e /workspace/raven.txt ] && [ -f /workspace/walnut.txt ] && [ -f /workspace/timber.txt ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
