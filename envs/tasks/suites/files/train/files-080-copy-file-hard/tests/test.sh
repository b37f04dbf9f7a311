#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/orchid.txt ] && [ "$(cat /workspace/orchid.txt)" = "$(printf '%s\n' 'brick 115' 'falcon 826' 'timber 975' 'garnet 991' 'meadow 30' 'amber 189' 'walnut 535')" ] && [ -f /workspace/logs/cloud/ember.txt ] && [ "$(cat /workspace/logs/cloud/ember.txt)" = "$(printf '%s\n' 'brick 115' 'falcon 826' 'timber 975' 'garnet 991' 'meadow 30' 'amber 189' 'walnut 535')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
