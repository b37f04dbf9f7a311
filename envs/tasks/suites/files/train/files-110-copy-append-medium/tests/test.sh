#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/lemon.txt ] && [ "$(cat /workspace/lemon.txt)" = "$(printf '%s\n' 'apple 599' 'sunny 82' 'cloud 737' 'pepper 855' 'amber 324')" ] && [ -f /workspace/cobalt.txt ] && [ "$(cat /workspace/cobalt.txt)" = "$(printf '%s\n' 'apple 599' 'sunny 82' 'cloud 737' 'pepper 855' 'amber 324' 'harbor 363' 'frost 518')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
