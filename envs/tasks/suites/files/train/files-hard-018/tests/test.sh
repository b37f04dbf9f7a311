#!/usr/bin/env bash
# Verifier: reward 1 when the check passes, else 0.
mkdir -p /logs/verifier
if [ ! -e /workspace/river.txt ] && [ -f /workspace/ember/river.txt ] && [ "$(sed -n 2p /workspace/ember/river.txt)" = "cloud 63" ] && [ "$(sed -n 1p /workspace/ember/river.txt)" = "river" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
