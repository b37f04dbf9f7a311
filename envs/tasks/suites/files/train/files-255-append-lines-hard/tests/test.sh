#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/falcon.txt ] && [ "$(cat /workspace/falcon.txt)" = "$(printf '%s\n' 'amber 386' 'ember 801' 'velvet 803' 'nectar 608' 'meadow 341' 'quartz 902' 'timber 22' 'kettle 380' 'delta 302' 'harbor 887' 'cloud 180' 'raven 596' 'island 45' 'cloud 741' 'cloud 952' 'kettle 205' 'river 795' 'jasper 911' 'mango 991' 'cloud 55' 'stone 626' 'willow 242')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
