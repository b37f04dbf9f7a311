#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/brick.txt ] && [ "$(cat /workspace/brick.txt)" = "$(printf '%s\n' 'cloud 367' 'jasper 897' 'delta 936' 'lemon 773' 'walnut 772' 'frost 333' 'pepper 329' 'falcon 153' 'velvet 857' 'orchid 378' 'garnet 450' 'nectar 408' 'tiger 4' 'olive 144' 'walnut 709' 'brick 249' 'stone 200' 'walnut 220')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
