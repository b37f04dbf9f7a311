#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/harbor.txt ] && [ -f /workspace/old/mango/harbor.txt ] && [ "$(cat /workspace/old/mango/harbor.txt)" = "$(printf '%s\n' 'apple 280' 'lemon 663' 'kettle 669' 'quartz 13')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
