#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/nectar.txt ] && [ "$(cat /workspace/nectar.txt)" = "$(printf '%s\n' 'sunny' 'mango' 'garnet' 'lantern' 'quartz' 'cedar' 'lemon')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
