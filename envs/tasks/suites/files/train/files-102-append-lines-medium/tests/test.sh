#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/walnut.txt ] && [ "$(cat /workspace/walnut.txt)" = "$(printf '%s\n' 'velvet 857' 'orchid 378' 'garnet 450' 'nectar 408' 'tiger 4' 'olive 144' 'walnut 709' 'cedar 698' 'raven 723' 'stone 200')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
