#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/frost.txt ] && [ "$(cat /workspace/frost.txt)" = "$(printf '%s\n' 'quartz 8' 'saddle 856' 'quartz 122' 'nectar 724' 'olive 857' 'brick 686' 'lotus 28' 'stone 736' 'ember 477' 'delta 805' 'walnut 514' 'cedar 814' 'pepper 841' 'willow 549' 'cedar 672' 'maple 253' 'cloud 577')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
