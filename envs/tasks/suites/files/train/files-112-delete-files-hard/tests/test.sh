#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/docs ] && [ ! -e /workspace/sunny.txt ] && [ -f /workspace/amber.txt ] && [ -f /workspace/river.txt ] && [ -f /workspace/harbor.txt ] && [ -f /workspace/quartz.txt ] && [ -f /workspace/saddle.txt ] && [ -f /workspace/olive.txt ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
