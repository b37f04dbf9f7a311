#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/frost.txt ] && [ "$(cat /workspace/frost.txt)" = "$(printf '%s\n' 'delta 178' 'garnet 715' 'willow 497' 'pearl 821' 'pepper 656' 'delta 707' 'river 836' 'orchid 135' 'pepper 963' 'cobalt 647' 'sunny 56' 'willow 708' 'velvet 497' 'river 462' 'lotus 201' 'frost 280' 'sunny 283' 'sunny 911' 'pepper 524' 'raven 146')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
