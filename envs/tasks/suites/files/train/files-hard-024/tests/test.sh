#!/usr/bin/env bash
# Verifier: reward 1 when the check passes, else 0.
mkdir -p /logs/verifier
if [ ! -e /workspace/amber.txt ] && [ -f /workspace/coral/amber.txt ] && [ "$(sed -n 2p /workspace/coral/amber.txt)" = "frost 72" ] && [ "$(sed -n 1p /workspace/coral/amber.txt)" = "amber" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
