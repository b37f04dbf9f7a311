#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/sunny.log ] && [ "$(cat /workspace/sunny.log)" = "$(printf '%s\n' 'ERROR sunny 659' 'INFO raven 228' 'INFO quartz 801' 'ERROR frost 901' 'INFO sunny 330' 'INFO tiger 864' 'ERROR meadow 597' 'ERROR meadow 884' 'ERROR sunny 987' 'WARN meadow 600' 'INFO tiger 195' 'ERROR raven 836' 'INFO frost 95' 'WARN sunny 175' 'INFO sunny 874' 'WARN tiger 79' 'INFO quartz 680' 'INFO apple 755' 'WARN raven 232' 'ERROR meadow 6' 'INFO sunny 506' 'INFO meadow 765')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
