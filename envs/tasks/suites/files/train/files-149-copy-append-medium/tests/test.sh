#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/ember.txt ] && [ "$(cat /workspace/ember.txt)" = "$(printf '%s\n' 'meadow 865' 'river 265' 'pearl 432' 'coral 613')" ] && [ -f /workspace/kettle.txt ] && [ "$(cat /workspace/kettle.txt)" = "$(printf '%s\n' 'meadow 865' 'river 265' 'pearl 432' 'coral 613' 'raven 363' 'maple 543')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
