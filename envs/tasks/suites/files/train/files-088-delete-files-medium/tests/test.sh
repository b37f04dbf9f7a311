#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/meadow.txt ] && [ ! -e /workspace/lantern.txt ] && [ ! -e /workspace/stone.txt ] && [ -f /workspace/orchid.txt ] && [ -f /workspace/amber.txt ] && [ -f /workspace/nectar.txt ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
