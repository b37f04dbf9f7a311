#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/archive ] && [ ! -e /workspace/harbor.txt ] && [ -f /workspace/quartz.txt ] && [ -f /workspace/walnut.txt ] && [ -f /workspace/olive.txt ] && [ -f /workspace/delta.txt ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
