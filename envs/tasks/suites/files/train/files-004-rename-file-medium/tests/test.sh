#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/backup/cedar.txt ] && [ -f /workspace/backup/quartz.txt ] && [ "$(cat /workspace/backup/quartz.txt)" = "$(printf '%s\n' 'olive 66' 'nectar 999' 'delta 705' 'mango 649')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
