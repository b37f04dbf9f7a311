#!/usr/bin/env bash
# Verifier: reward 1 when the check passes, else 0.
mkdir -p /logs/verifier
if [ ! -e /workspace/coral.txt ] && [ -f /workspace/cloud/coral.txt ] && [ "$(sed -n 2p /workspace/cloud/coral.txt)" = "amber 51" ] && [ "$(sed -n 1p /workspace/cloud/coral.txt)" = "coral" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
