#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/backup ] && [ ! -e /workspace/ember.txt ] && [ -f /workspace/nectar.txt ] && [ -f /workspace/cedar.txt ] && [ -f /workspace/river.txt ] && [ -f /workspace/apple.txt ] && [ -f /workspace/amber.txt ] && [ -f /workspace/frost.txt ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
