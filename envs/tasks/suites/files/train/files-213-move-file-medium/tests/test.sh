#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/velvet.txt ] && [ -f /workspace/docs/velvet.txt ] && [ "$(cat /workspace/docs/velvet.txt)" = "$(printf '%s\n' 'mango 86' 'river 59' 'saddle 849' 'olive 579' 'willow 399')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
