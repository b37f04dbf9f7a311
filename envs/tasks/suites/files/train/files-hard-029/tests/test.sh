#!/usr/bin/env bash
# Verifier: reward 1 when the check passes, else 0.
mkdir -p /logs/verifier
if [ ! -e /workspace/river.txt ] && [ -f /workspace/maple/river.txt ] && [ "$(sed -n 2p /workspace/maple/river.txt)" = "stone 49" ] && [ "$(sed -n 1p /workspace/maple/river.txt)" = "river" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
