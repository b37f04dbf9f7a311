#!/usr/bin/env bash
# Verifier: reward 1 when the check passes, else 0.
mkdir -p /logs/verifier
if [ ! -e /workspace/ember.txt ] && [ -f /workspace/apple/ember.txt ] && [ "$(sed -n 2p /workspace/apple/ember.txt)" = "cedar 6" ] && [ "$(sed -n 1p /workspace/apple/ember.txt)" = "ember" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
