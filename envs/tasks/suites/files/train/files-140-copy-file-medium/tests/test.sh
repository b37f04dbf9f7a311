#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/olive.txt ] && [ "$(cat /workspace/olive.txt)" = "$(printf '%s\n' 'coral 804' 'meadow 79' 'jasper 42' 'meadow 510' 'meadow 605')" ] && [ -f /workspace/inbox/kettle.txt ] && [ "$(cat /workspace/inbox/kettle.txt)" = "$(printf '%s\n' 'coral 804' 'meadow 79' 'jasper 42' 'meadow 510' 'meadow 605')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
