#!/usr/bin/env bash
# Verifier: reward 1 when the check passes, else 0.
mkdir -p /logs/verifier
if [ ! -e /workspace/amber.txt ] && [ -f /workspace/apple/amber.txt ] && [ "$(sed -n 2p /workspace/apple/amber.txt)" = "cedar 87" ] && [ "$(sed -n 1p /workspace/apple/amber.txt)" = "amber" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
