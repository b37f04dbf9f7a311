#!/usr/bin/env bash
# Verifier: reward 1 when the check passes, else 0.
mkdir -p /logs/verifier
if [ ! -e /workspace/cedar.txt ] && [ -f /workspace/ember/cedar.txt ] && [ "$(sed -n 2p /workspace/ember/cedar.txt)" = "apple 67" ] && [ "$(sed -n 1p /workspace/ember/cedar.txt)" = "cedar" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
