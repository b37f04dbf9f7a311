#!/usr/bin/env bash
# Verifier: reward 1 when the check passes, else 0.
mkdir -p /logs/verifier
if [ ! -e /workspace/apple.txt ] && [ -f /workspace/cedar/apple.txt ] && [ "$(sed -n 2p /workspace/cedar/apple.txt)" = "amber 1" ] && [ "$(sed -n 1p /workspace/cedar/apple.txt)" = "apple" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
