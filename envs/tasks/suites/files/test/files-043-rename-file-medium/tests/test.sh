#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/docs/kettle.txt ] && [ -f /workspace/docs/sunny.txt ] && [ "$(cat /workspace/docs/sunny.txt)" = "$(printf '%s\n' 'timber 952' 'frost 658' 'willow 131' 'kettle 684' 'cloud 279')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
