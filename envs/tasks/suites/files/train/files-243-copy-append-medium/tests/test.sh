#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/sunny.txt ] && [ "$(cat /workspace/sunny.txt)" = "$(printf '%s\n' 'stone 242' 'island 235' 'ember 774' 'island 372' 'stone 444' 'kettle 483')" ] && [ -f /workspace/willow.txt ] && [ "$(cat /workspace/willow.txt)" = "$(printf '%s\n' 'stone 242' 'island 235' 'ember 774' 'island 372' 'stone 444' 'kettle 483' 'saddle 462' 'mango 785')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
