#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/kettle.txt ] && [ "$(cat /workspace/kettle.txt)" = "$(printf '%s\n' 'river 129' 'tiger 631' 'willow 701' 'pepper 982' 'pepper 282' 'cedar 130' 'lotus 81' 'orchid 391')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
