#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/garnet.txt ] && [ -f /workspace/archive/garnet.txt ] && [ "$(cat /workspace/archive/garnet.txt)" = "$(printf '%s\n' 'timber 627' 'velvet 181' 'tiger 928' 'coral 175' 'nectar 30')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
