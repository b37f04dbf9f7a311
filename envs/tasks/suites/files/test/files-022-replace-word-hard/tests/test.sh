#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/jasper.txt ] && [ "$(cat /workspace/jasper.txt)" = "$(printf '%s\n' 'stone 64' 'river 6' 'pearl 984' 'kettle frost 458' 'kettle cloud 338')" ] && [ -f /workspace/lotus.txt ] && [ "$(cat /workspace/lotus.txt)" = "$(printf '%s\n' 'amber 897' 'kettle pepper 660' 'kettle cedar 76' 'cedar 15')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
