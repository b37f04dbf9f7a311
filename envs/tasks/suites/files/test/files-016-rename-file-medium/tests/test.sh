#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/assets/jasper.txt ] && [ -f /workspace/assets/quartz.txt ] && [ "$(cat /workspace/assets/quartz.txt)" = "$(printf '%s\n' 'timber 169' 'kettle 517' 'cobalt 6' 'meadow 112' 'sunny 628')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
