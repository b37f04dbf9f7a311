#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/backup/brick.txt ] && [ -f /workspace/backup/lemon.txt ] && [ "$(cat /workspace/backup/lemon.txt)" = "$(printf '%s\n' 'lantern 405' 'cloud 638' 'willow 368')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
