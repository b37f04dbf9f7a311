#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/tiger.txt ] && [ "$(cat /workspace/tiger.txt)" = "$(printf '%s\n' 'cedar' 'lantern' 'maple' 'olive' 'sunny' 'velvet')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
