#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/ember.log ] && [ "$(cat /workspace/ember.log)" = "$(printf '%s\n' 'INFO saddle 156' 'INFO harbor 380' 'INFO walnut 925' 'ERROR orchid 983' 'INFO raven 590' 'INFO orchid 32' 'INFO kettle 532' 'WARN walnut 437' 'ERROR harbor 958' 'ERROR saddle 441' 'WARN orchid 170' 'INFO saddle 463' 'WARN harbor 590' 'WARN saddle 487' 'ERROR kettle 75' 'INFO kettle 839' 'WARN harbor 646' 'WARN harbor 862' 'WARN walnut 572' 'INFO orchid 846' 'INFO saddle 26' 'ERROR orchid 954' 'WARN orchid 747')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
