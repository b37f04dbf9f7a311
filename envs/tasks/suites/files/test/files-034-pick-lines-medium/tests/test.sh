#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/garnet.txt ] && [ "$(cat /workspace/garnet.txt)" = "$(printf '%s\n' 'pepper 629' 'raven 788' 'orchid 134' 'pepper 36' 'mango 950' 'olive 509' 'willow 591' 'walnut 97')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
