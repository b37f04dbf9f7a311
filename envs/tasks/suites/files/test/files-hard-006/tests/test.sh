#!/usr/bin/env bash
# Verifier: reward 1 when the check passes, else 0.
mkdir -p /logs/verifier
if [ ! -e /workspace/coral.txt ] && [ -f /workspace/frost/coral.txt ] && [ "$(sed -n 2p /workspace/frost/coral.txt)" = "frost 96" ] && [ "$(sed -n 1p /workspace/frost/coral.txt)" = "coral" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
