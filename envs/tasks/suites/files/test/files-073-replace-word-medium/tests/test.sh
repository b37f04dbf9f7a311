#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/sunny.txt ] && [ "$(cat /workspace/sunny.txt)" = "$(printf '%s\n' 'maple 179' 'maple 679' 'cedar 743' 'lantern 203' 'garnet 798 lotus' 'walnut 671 lotus' 'delta 460' 'cloud 420' 'harbor 823' 'stone 770 lotus')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
