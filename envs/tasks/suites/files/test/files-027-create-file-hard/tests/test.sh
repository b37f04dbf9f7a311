#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/notes/garnet.txt ] && [ "$(cat /workspace/notes/garnet.txt)" = "$(printf '%s\n' 'pearl 638' 'cobalt 761' 'kettle 873' 'nectar 111' 'mango 46' 'quartz 587')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
