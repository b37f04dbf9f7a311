#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/docs/orchid.txt ] && [ -f /workspace/docs/river.txt ] && [ "$(cat /workspace/docs/river.txt)" = "$(printf '%s\n' 'meadow 213' 'cloud 681' 'mango 608' 'garnet 742')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
