#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/quartz.txt ] && [ "$(cat /workspace/quartz.txt)" = "$(printf '%s\n' 'tiger 654' 'cloud 358' 'velvet 789' 'coral 983' 'olive 861' 'coral 340' 'timber 52' 'river 21' 'saddle 199' 'cobalt 187' 'frost 492' 'cobalt 201' 'saddle 143' 'cedar 476' 'ember 653' 'walnut 41' 'river 204' 'island 341' 'timber 727' 'apple 241' 'falcon 861')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
