#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/drafts/apple/cedar.bak ] && [ -f /workspace/drafts/apple/nectar.csv ] && [ "$(cat /workspace/drafts/apple/nectar.csv)" = "$(printf '%s\n' 'kettle 652' 'apple 514' 'orchid 272' 'delta 58' 'orchid 842')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
