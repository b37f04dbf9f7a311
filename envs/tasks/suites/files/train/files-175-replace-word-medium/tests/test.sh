#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/jasper.txt ] && [ "$(cat /workspace/jasper.txt)" = "$(printf '%s\n' 'kettle ember 35' 'cloud 23' 'kettle apple 597' 'pearl 984 kettle' 'frost 458')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
