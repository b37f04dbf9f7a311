#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/logs/orchid.txt ] && [ "$(cat /workspace/logs/orchid.txt)" = "$(printf '%s\n' 'cedar 715' 'quartz 367' 'brick 146' 'cobalt 956')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
