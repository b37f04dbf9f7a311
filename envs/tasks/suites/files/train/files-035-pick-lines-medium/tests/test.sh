#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/jasper.txt ] && [ "$(cat /workspace/jasper.txt)" = "$(printf '%s\n' 'maple 213' 'sunny 739' 'cobalt 322' 'frost 710' 'lantern 761' 'lotus 943')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
