#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/nectar.txt ] && [ ! -e /workspace/garnet.txt ] && [ ! -e /workspace/amber.txt ] && [ -f /workspace/velvet.txt ] && [ -f /workspace/lemon.txt ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
