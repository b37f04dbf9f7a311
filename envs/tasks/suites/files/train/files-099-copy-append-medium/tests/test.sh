#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/meadow.txt ] && [ "$(cat /workspace/meadow.txt)" = "$(printf '%s\n' 'maple 314' 'kettle 47' 'amber 579' 'lemon 185')" ] && [ -f /workspace/ember.txt ] && [ "$(cat /workspace/ember.txt)" = "$(printf '%s\n' 'maple 314' 'kettle 47' 'amber 579' 'lemon 185' 'frost 721' 'frost 571')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
