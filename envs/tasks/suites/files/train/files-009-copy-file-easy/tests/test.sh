#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/stone.txt ] && [ "$(cat /workspace/stone.txt)" = "$(printf '%s\n' 'velvet 121')" ] && [ -f /workspace/orchid.txt ] && [ "$(cat /workspace/orchid.txt)" = "$(printf '%s\n' 'velvet 121')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
