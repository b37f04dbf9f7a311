#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/jasper.txt ] && [ -f /workspace/archive/jasper.txt ] && [ "$(cat /workspace/archive/jasper.txt)" = "$(printf '%s\n' 'nectar 643' 'cobalt 245')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
