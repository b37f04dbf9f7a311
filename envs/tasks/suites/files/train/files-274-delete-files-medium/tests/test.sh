#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/sunny.txt ] && [ ! -e /workspace/apple.txt ] && [ -f /workspace/lotus.txt ] && [ -f /workspace/garnet.txt ] && [ -f /workspace/quartz.txt ] && [ -f /workspace/ember.txt ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
