#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/orchid.log ] && [ "$(cat /workspace/orchid.log)" = "$(printf '%s\n' 'WARN sunny 659' 'ERROR sunny 46' 'ERROR sunny 775')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
