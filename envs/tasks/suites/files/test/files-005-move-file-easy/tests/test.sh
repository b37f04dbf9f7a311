#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/maple.txt ] && [ -f /workspace/drafts/maple.txt ] && [ "$(cat /workspace/drafts/maple.txt)" = "$(printf '%s\n' 'falcon 325' 'meadow 302' 'mango 741' 'pearl 416')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
