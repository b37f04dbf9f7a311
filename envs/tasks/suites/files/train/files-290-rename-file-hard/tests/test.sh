#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/logs/lantern/falcon.bak ] && [ -f /workspace/logs/lantern/cedar.md ] && [ "$(cat /workspace/logs/lantern/cedar.md)" = "$(printf '%s\n' 'willow 622' 'pepper 302')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
