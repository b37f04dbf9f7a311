#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/logs ] && [ ! -e /workspace/mango.txt ] && [ -f /workspace/tiger.txt ] && [ -f /workspace/nectar.txt ] && [ -f /workspace/garnet.txt ] && [ -f /workspace/brick.txt ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
