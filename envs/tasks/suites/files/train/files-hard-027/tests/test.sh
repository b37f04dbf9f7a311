#!/usr/bin/env bash
# Verifier: reward 1 when the check passes, else 0.
mkdir -p /logs/verifier
if [ ! -e /workspace/cedar.txt ] && [ -f /workspace/stone/cedar.txt ] && [ "$(sed -n 2p /workspace/stone/cedar.txt)" = "amber 96" ] && [ "$(sed -n 1p /workspace/stone/cedar.txt)" = "cedar" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
