#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/lemon.txt ] && [ "$(cat /workspace/lemon.txt)" = "$(printf '%s\n' 'raven garnet 850' 'saddle 395 raven' 'kettle 665' 'stone 921 raven')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
