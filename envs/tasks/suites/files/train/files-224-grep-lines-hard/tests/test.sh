#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/lotus.log ] && [ "$(cat /workspace/lotus.log)" = "$(printf '%s\n' 'ERROR ember 417' 'WARN sunny 83' 'ERROR saddle 544' 'INFO raven 503' 'ERROR sunny 669' 'INFO olive 832' 'ERROR sunny 93' 'ERROR ember 259' 'INFO olive 484' 'INFO sunny 319' 'WARN garnet 785' 'INFO raven 389' 'WARN mango 993' 'ERROR ember 24' 'WARN saddle 365' 'INFO saddle 919' 'INFO saddle 706' 'ERROR raven 149' 'WARN saddle 618' 'ERROR sunny 433')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
