#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/harbor.txt ] && [ "$(cat /workspace/harbor.txt)" = "$(printf '%s\n' 'pepper' 'olive' 'willow' 'harbor' 'maple' 'sunny' 'nectar' 'raven' 'kettle' 'delta' 'raven')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
