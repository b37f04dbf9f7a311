#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/cedar.txt ] && [ "$(cat /workspace/cedar.txt)" = "$(printf '%s\n' 'olive 394' 'willow 734' 'orchid 729' 'cedar 393' 'brick 78' 'lotus 441' 'saddle 785' 'ember 883')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
