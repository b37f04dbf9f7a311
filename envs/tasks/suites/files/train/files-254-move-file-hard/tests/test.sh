#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/quartz.txt ] && [ -f /workspace/old/olive/quartz.txt ] && [ "$(cat /workspace/old/olive/quartz.txt)" = "$(printf '%s\n' 'falcon 699' 'velvet 310' 'mango 86' 'river 59' 'saddle 849')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
