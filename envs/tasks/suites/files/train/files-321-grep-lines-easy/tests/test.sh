#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/orchid.log ] && [ "$(cat /workspace/orchid.log)" = "$(printf '%s\n' 'WARN kettle 803' 'WARN ember 856')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
