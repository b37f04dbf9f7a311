#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/reports/meadow.txt ] && [ "$(cat /workspace/reports/meadow.txt)" = "$(printf '%s\n' 'kettle 807' 'sunny 336' 'tiger 604' 'mango 790' 'pepper 718' 'olive 29')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
