#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/jasper.txt ] && [ "$(cat /workspace/jasper.txt)" = "$(printf '%s\n' 'harbor 798 lotus' 'walnut 671 lotus' 'pearl 460 lotus' 'cloud 420' 'island 823')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
