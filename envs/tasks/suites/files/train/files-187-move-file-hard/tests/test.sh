#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/maple.txt ] && [ -f /workspace/old/orchid/maple.txt ] && [ "$(cat /workspace/old/orchid/maple.txt)" = "$(printf '%s\n' 'quartz 347' 'orchid 84' 'walnut 234')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
