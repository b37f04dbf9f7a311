#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/pepper.txt ] && [ "$(cat /workspace/pepper.txt)" = "$(printf '%s\n' 'lantern 400' 'coral 379' 'pepper 302' 'tiger 486' 'stone 469')" ] && [ -f /workspace/inbox/river.txt ] && [ "$(cat /workspace/inbox/river.txt)" = "$(printf '%s\n' 'lantern 400' 'coral 379' 'pepper 302' 'tiger 486' 'stone 469')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
