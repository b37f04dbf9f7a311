#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/frost.txt ] && [ "$(cat /workspace/frost.txt)" = "$(printf '%s\n' 'amber 198' 'sunny 567' 'raven 260' 'willow 722' 'willow 553' 'raven 96' 'mango 771' 'garnet 35')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
