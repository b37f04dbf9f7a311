#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/kettle.txt ] && [ -f /workspace/brick.txt ] && [ "$(cat /workspace/brick.txt)" = "$(printf '%s\n' 'harbor 568' 'cedar 845' 'walnut 698' 'jasper 343')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
