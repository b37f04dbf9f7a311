#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/apple.txt ] && [ "$(cat /workspace/apple.txt)" = "$(printf '%s\n' 'lemon 358' 'sunny 522' 'coral 299' 'cedar nectar 773' 'velvet 667 cedar' 'meadow 748 cedar' 'stone 577' 'river 177')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
