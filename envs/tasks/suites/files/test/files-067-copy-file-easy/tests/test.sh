#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/quartz.txt ] && [ "$(cat /workspace/quartz.txt)" = "$(printf '%s\n' 'garnet 494' 'cedar 52' 'quartz 81')" ] && [ -f /workspace/velvet.txt ] && [ "$(cat /workspace/velvet.txt)" = "$(printf '%s\n' 'garnet 494' 'cedar 52' 'quartz 81')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
