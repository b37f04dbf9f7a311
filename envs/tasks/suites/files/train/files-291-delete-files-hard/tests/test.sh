#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/reports ] && [ ! -e /workspace/island.txt ] && [ -f /workspace/tiger.txt ] && [ -f /workspace/lotus.txt ] && [ -f /workspace/cobalt.txt ] && [ -f /workspace/cloud.txt ] && [ -f /workspace/lemon.txt ] && [ -f /workspace/garnet.txt ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
