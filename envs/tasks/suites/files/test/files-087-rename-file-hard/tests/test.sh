#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/data/jasper/tiger.tmp ] && [ -f /workspace/data/jasper/lotus.csv ] && [ "$(cat /workspace/data/jasper/lotus.csv)" = "$(printf '%s\n' 'pepper 174')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
