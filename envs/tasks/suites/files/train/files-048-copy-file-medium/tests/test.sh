#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/amber.txt ] && [ "$(cat /workspace/amber.txt)" = "$(printf '%s\n' 'cloud 334' 'stone 725' 'cobalt 320' 'pearl 275')" ] && [ -f /workspace/backup/island.txt ] && [ "$(cat /workspace/backup/island.txt)" = "$(printf '%s\n' 'cloud 334' 'stone 725' 'cobalt 320' 'pearl 275')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
