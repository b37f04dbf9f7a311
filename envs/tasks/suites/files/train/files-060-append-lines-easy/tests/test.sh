#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/harbor.txt ] && [ "$(cat /workspace/harbor.txt)" = "$(printf '%s\n' 'olive 207' 'stone 225' 'harbor 357' 'willow 651')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
