#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/lotus.txt ] && [ "$(cat /workspace/lotus.txt)" = "$(printf '%s\n' 'cloud' 'coral' 'frost' 'lotus' 'raven' 'saddle' 'stone' 'tiger' 'velvet')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
