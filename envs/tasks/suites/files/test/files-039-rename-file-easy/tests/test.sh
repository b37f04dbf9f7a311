#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/harbor.txt ] && [ -f /workspace/quartz.txt ] && [ "$(cat /workspace/quartz.txt)" = "$(printf '%s\n' 'willow 956' 'timber 238' 'frost 455')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
