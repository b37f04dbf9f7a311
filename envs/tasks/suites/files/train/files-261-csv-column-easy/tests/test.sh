#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/tiger.txt ] && [ "$(cat /workspace/tiger.txt)" = "$(printf '%s\n' 'city' 'lemon' 'raven' 'nectar' 'falcon')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
