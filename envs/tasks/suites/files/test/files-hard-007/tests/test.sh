#!/usr/bin/env bash
# Verifier: reward 1 when the check passes, else 0.
mkdir -p /logs/verifier
if [ ! -e /workspace/cedar.txt ] && [ -f /workspace/amber/cedar.txt ] && [ "$(sed -n 2p /workspace/amber/cedar.txt)" = "lotus 71" ] && [ "$(sed -n 1p /workspace/amber/cedar.txt)" = "cedar" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
