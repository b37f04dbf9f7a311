#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/falcon.txt ] && [ "$(cat /workspace/falcon.txt)" = "$(printf '%s\n' 'lotus 492' 'lantern 400')" ] && [ -f /workspace/src/mango.txt ] && [ "$(cat /workspace/src/mango.txt)" = "$(printf '%s\n' 'lotus 492' 'lantern 400')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
