#!/usr/bin/env bash
# Verifier: reward 1 when the check passes, else 0.
mkdir -p /logs/verifier
if [ ! -e /workspace/ember.txt ] && [ -f /workspace/maple/ember.txt ] && [ "$(sed -n 2p /workspace/maple/ember.txt)" = "maple 49" ] && [ "$(sed -n 1p /workspace/maple/ember.txt)" = "ember" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
