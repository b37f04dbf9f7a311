#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/lotus.txt ] && [ "$(cat /workspace/lotus.txt)" = "$(printf '%s\n' 'lotus 515' 'frost 824 walnut' 'cobalt 581' 'cobalt 767' 'walnut saddle 440' 'tiger 478')" ] && [ -f /workspace/mango.txt ] && [ "$(cat /workspace/mango.txt)" = "$(printf '%s\n' 'velvet 745' 'island 39' 'mango 511 walnut' 'pepper 173' 'river 451 walnut')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
