#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/garnet.log ] && [ "$(cat /workspace/garnet.log)" = "$(printf '%s\n' 'ERROR falcon 496' 'ERROR maple 596' 'ERROR meadow 256' 'ERROR quartz 458')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
