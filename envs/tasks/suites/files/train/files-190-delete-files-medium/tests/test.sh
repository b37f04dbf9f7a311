#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/tiger.txt ] && [ ! -e /workspace/cloud.txt ] && [ ! -e /workspace/mango.txt ] && [ -f /workspace/amber.txt ] && [ -f /workspace/lemon.txt ] && [ -f /workspace/cobalt.txt ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
