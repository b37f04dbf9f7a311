#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/notes/olive/river.log ] && [ -f /workspace/notes/olive/velvet.csv ] && [ "$(cat /workspace/notes/olive/velvet.csv)" = "$(printf '%s\n' 'mango 815' 'pepper 57')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
