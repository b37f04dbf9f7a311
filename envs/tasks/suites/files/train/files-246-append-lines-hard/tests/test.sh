#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/ember.txt ] && [ "$(cat /workspace/ember.txt)" = "$(printf '%s\n' 'frost 492' 'cobalt 201' 'saddle 143' 'cedar 476' 'ember 653' 'walnut 41' 'river 204' 'orchid 403' 'willow 568' 'apple 241' 'quartz 702' 'kettle 636' 'lotus 753' 'amber 386')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
