#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/river.txt ] && [ "$(cat /workspace/river.txt)" = "$(printf '%s\n' 'river 836' 'orchid 135' 'pepper 963' 'cobalt 647' 'sunny 56' 'willow 708' 'velvet 497' 'river 462' 'lotus 201' 'frost 280' 'sunny 283' 'frost 874' 'sunny 911' 'pepper 524' 'raven 146' 'frost 81' 'kettle 205' 'tiger 654' 'cloud 358' 'olive 861' 'coral 340' 'timber 52')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
