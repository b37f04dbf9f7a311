#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/coral.txt ] && [ -f /workspace/backup/garnet/coral.txt ] && [ "$(cat /workspace/backup/garnet/coral.txt)" = "$(printf '%s\n' 'cedar 183')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
