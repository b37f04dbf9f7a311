#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/lemon.txt ] && [ "$(cat /workspace/lemon.txt)" = "$(printf '%s\n' 'brick 980' 'raven 462')" ] && [ -f /workspace/drafts/maple.txt ] && [ "$(cat /workspace/drafts/maple.txt)" = "$(printf '%s\n' 'brick 980' 'raven 462')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
