#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/raven.txt ] && [ -f /workspace/backup/cobalt/raven.txt ] && [ "$(cat /workspace/backup/cobalt/raven.txt)" = "$(printf '%s\n' 'walnut 763' 'coral 615' 'pearl 132' 'coral 573' 'saddle 249')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
