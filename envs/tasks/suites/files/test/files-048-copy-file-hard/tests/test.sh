#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/quartz.txt ] && [ "$(cat /workspace/quartz.txt)" = "$(printf '%s\n' 'jasper 831' 'orchid 211' 'brick 345' 'river 598' 'garnet 679')" ] && [ -f /workspace/notes/falcon/delta.txt ] && [ "$(cat /workspace/notes/falcon/delta.txt)" = "$(printf '%s\n' 'jasper 831' 'orchid 211' 'brick 345' 'river 598' 'garnet 679')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
