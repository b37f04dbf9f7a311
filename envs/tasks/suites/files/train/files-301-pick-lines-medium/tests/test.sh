#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/coral.txt ] && [ "$(cat /workspace/coral.txt)" = "$(printf '%s\n' 'kettle 234' 'velvet 213' 'lotus 495' 'tiger 403' 'velvet 286' 'saddle 219' 'orchid 210')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
