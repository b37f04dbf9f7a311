#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/lantern.log ] && [ "$(cat /workspace/lantern.log)" = "$(printf '%s\n' 'ERROR willow 175' 'ERROR willow 18' 'ERROR willow 205' 'ERROR willow 208' 'WARN willow 629' 'WARN willow 807' 'WARN willow 870')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
