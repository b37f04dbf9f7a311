#!/usr/bin/env bash
# Verifier: reward 1 when the check passes, else 0.
mkdir -p /logs/verifier
if [ ! -e /workspace/stone.txt ] && [ -f /workspace/apple/stone.txt ] && [ "$(sed -n 2p /workspace/apple/stone.txt)" = "river 35" ] && [ "$(sed -n 1p /workspace/apple/stone.txt)" = "stone" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
