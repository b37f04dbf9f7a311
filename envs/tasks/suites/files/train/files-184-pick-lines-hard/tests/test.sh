#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/olive.txt ] && [ "$(cat /workspace/olive.txt)" = "$(printf '%s\n' 'tiger 733' 'cobalt 300' 'lantern 950' 'coral 804' 'timber 78' 'mango 397' 'frost 815' 'harbor 28' 'apple 298' 'coral 700')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
