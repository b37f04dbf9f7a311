#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/delta.txt ] && [ "$(cat /workspace/delta.txt)" = "$(printf '%s\n' 'quartz 606' 'cobalt 201' 'walnut 179' 'meadow 343' 'orchid 161' 'river 637' 'ember 667' 'jasper 378' 'tiger 488' 'maple 499' 'harbor 886' 'jasper 149' 'apple 744' 'stone 317' 'island 137' 'cobalt 201' 'raven 33' 'garnet 245' 'lemon 374' 'willow 962' 'island 910' 'quartz 905')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
