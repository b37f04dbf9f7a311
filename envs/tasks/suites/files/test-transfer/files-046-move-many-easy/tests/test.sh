#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/apple.txt ] && [ ! -e /workspace/cloud.txt ] && [ -f /workspace/drafts/apple.txt ] && [ "$(cat /workspace/drafts/apple.txt)" = "$(printf '%s\n' 'cobalt 646')" ] && [ -f /workspace/drafts/cloud.txt ] && [ "$(cat /workspace/drafts/cloud.txt)" = "$(printf '%s\n' 'amber 66' 'orchid 664')" ] && [ -f /workspace/meadow.txt ] && [ "$(cat /workspace/meadow.txt)" = "$(printf '%s\n' 'apple 162')" ] && [ -f /workspace/harbor.txt ] && [ "$(cat /workspace/harbor.txt)" = "$(printf '%s\n' 'sunny 687' 'orchid 405')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
