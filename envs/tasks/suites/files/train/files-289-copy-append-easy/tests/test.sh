#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/timber.txt ] && [ "$(cat /workspace/timber.txt)" = "$(printf '%s\n' 'lantern 855' 'cedar 980')" ] && [ -f /workspace/falcon.txt ] && [ "$(cat /workspace/falcon.txt)" = "$(printf '%s\n' 'lantern 855' 'cedar 980' 'willow 678')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
