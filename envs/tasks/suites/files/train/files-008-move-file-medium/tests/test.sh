#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/meadow.txt ] && [ -f /workspace/inbox/meadow.txt ] && [ "$(cat /workspace/inbox/meadow.txt)" = "$(printf '%s\n' 'cloud 656' 'saddle 598' 'island 796' 'stone 795')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
