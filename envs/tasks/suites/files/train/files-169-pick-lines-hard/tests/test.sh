#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/falcon.txt ] && [ "$(cat /workspace/falcon.txt)" = "$(printf '%s\n' 'pepper 964' 'quartz 384' 'saddle 659' 'jasper 447' 'pearl 297' 'lotus 642' 'saddle 270' 'cobalt 79' 'river 984')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
