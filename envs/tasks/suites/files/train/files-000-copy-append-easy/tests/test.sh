#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/lantern.txt ] && [ "$(cat /workspace/lantern.txt)" = "$(printf '%s\n' 'maple 774' 'velvet 792')" ] && [ -f /workspace/lotus.txt ] && [ "$(cat /workspace/lotus.txt)" = "$(printf '%s\n' 'maple 774' 'velvet 792' 'lantern 421')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
