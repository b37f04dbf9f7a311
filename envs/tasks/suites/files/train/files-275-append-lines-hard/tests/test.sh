#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/kettle.txt ] && [ "$(cat /workspace/kettle.txt)" = "$(printf '%s\n' 'jasper 855' 'orchid 433' 'cobalt 896' 'tiger 285' 'amber 664' 'meadow 184' 'pearl 446' 'sunny 176' 'garnet 467' 'frost 352' 'ember 723' 'maple 525' 'orchid 148' 'cobalt 10' 'mango 275' 'pearl 310')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
