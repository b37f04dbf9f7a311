#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/quartz.txt ] && [ "$(cat /workspace/quartz.txt)" = "$(printf '%s\n' 'brick 851' 'saddle 630' 'falcon 1' 'quartz 548' 'brick 264')" ] && [ -f /workspace/backup/cloud/ember.txt ] && [ "$(cat /workspace/backup/cloud/ember.txt)" = "$(printf '%s\n' 'brick 851' 'saddle 630' 'falcon 1' 'quartz 548' 'brick 264')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
