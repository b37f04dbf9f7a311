#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/walnut.txt ] && [ "$(cat /workspace/walnut.txt)" = "$(printf '%s\n' 'saddle 824' 'cloud 823' 'lantern 40' 'brick 196' 'walnut 895' 'lemon 423' 'island 279' 'jasper 216')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
