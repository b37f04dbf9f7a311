#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/reports ] && [ ! -e /workspace/lotus.txt ] && [ -f /workspace/lantern.txt ] && [ -f /workspace/saddle.txt ] && [ -f /workspace/meadow.txt ] && [ -f /workspace/nectar.txt ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
