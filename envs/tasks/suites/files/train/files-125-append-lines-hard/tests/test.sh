#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/ember.txt ] && [ "$(cat /workspace/ember.txt)" = "$(printf '%s\n' 'quartz 308' 'lemon 196' 'saddle 340' 'pearl 854' 'ember 666' 'saddle 388' 'delta 89' 'cobalt 867' 'lantern 588' 'pepper 243' 'raven 242' 'tiger 589' 'ember 319' 'pepper 315' 'mango 737' 'ember 664' 'brick 395' 'maple 254' 'coral 524' 'pepper 703' 'falcon 542' 'olive 300' 'lemon 233')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
