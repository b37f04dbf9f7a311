#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/kettle.txt ] && [ ! -e /workspace/pearl.txt ] && [ -f /workspace/notes/kettle.txt ] && [ "$(cat /workspace/notes/kettle.txt)" = "$(printf '%s\n' 'brick 290')" ] && [ -f /workspace/notes/pearl.txt ] && [ "$(cat /workspace/notes/pearl.txt)" = "$(printf '%s\n' 'orchid 178')" ] && [ -f /workspace/apple.txt ] && [ "$(cat /workspace/apple.txt)" = "$(printf '%s\n' 'stone 37' 'orchid 751' 'garnet 564')" ] && [ -f /workspace/delta.txt ] && [ "$(cat /workspace/delta.txt)" = "$(printf '%s\n' 'stone 121')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
