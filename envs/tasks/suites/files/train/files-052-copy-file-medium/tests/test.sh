#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/brick.txt ] && [ "$(cat /workspace/brick.txt)" = "$(printf '%s\n' 'stone 75' 'amber 749')" ] && [ -f /workspace/notes/cobalt.txt ] && [ "$(cat /workspace/notes/cobalt.txt)" = "$(printf '%s\n' 'stone 75' 'amber 749')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
