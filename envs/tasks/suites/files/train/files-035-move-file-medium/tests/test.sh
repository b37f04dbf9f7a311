#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/lantern.txt ] && [ -f /workspace/docs/lantern.txt ] && [ "$(cat /workspace/docs/lantern.txt)" = "$(printf '%s\n' 'lemon 340' 'cobalt 962' 'kettle 892' 'orchid 466' 'willow 600')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
