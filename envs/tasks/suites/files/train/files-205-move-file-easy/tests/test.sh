#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/cedar.txt ] && [ -f /workspace/backup/cedar.txt ] && [ "$(cat /workspace/backup/cedar.txt)" = "$(printf '%s\n' 'saddle 903' 'river 660' 'orchid 908' 'garnet 414' 'willow 863')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
