#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/stone.txt ] && [ "$(cat /workspace/stone.txt)" = "$(printf '%s\n' 'willow 703' 'river 808' 'harbor 988' 'cedar 810' 'nectar 895' 'falcon 670' 'apple 252' 'saddle 897')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
