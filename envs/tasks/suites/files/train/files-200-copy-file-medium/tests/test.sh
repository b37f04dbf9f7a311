#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/cobalt.txt ] && [ "$(cat /workspace/cobalt.txt)" = "$(printf '%s\n' 'brick 380' 'pepper 721' 'frost 940')" ] && [ -f /workspace/drafts/stone.txt ] && [ "$(cat /workspace/drafts/stone.txt)" = "$(printf '%s\n' 'brick 380' 'pepper 721' 'frost 940')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
