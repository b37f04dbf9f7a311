#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/stone.txt ] && [ "$(cat /workspace/stone.txt)" = "$(printf '%s\n' 'mango 118' 'harbor 463' 'quartz 839' 'lantern 86' 'walnut 543' 'amber 337' 'willow 620' 'frost 997' 'tiger 118')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
