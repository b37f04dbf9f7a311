#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/reports ] && [ ! -e /workspace/saddle.txt ] && [ -f /workspace/tiger.txt ] && [ -f /workspace/mango.txt ] && [ -f /workspace/river.txt ] && [ -f /workspace/cobalt.txt ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
