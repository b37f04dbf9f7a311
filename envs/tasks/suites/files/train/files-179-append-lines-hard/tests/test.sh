#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/sunny.txt ] && [ "$(cat /workspace/sunny.txt)" = "$(printf '%s\n' 'quartz 902' 'timber 22' 'kettle 380' 'delta 302' 'harbor 887' 'cloud 180' 'raven 596' 'island 45' 'cloud 741' 'cloud 952' 'kettle 205' 'river 795' 'jasper 911' 'maple 51' 'cloud 40' 'willow 242' 'falcon 952')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
