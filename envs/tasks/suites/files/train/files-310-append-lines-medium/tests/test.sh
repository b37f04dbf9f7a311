#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/harbor.txt ] && [ "$(cat /workspace/harbor.txt)" = "$(printf '%s\n' 'frost 342' 'harbor 171' 'olive 844' 'pearl 760' 'sunny 207' 'ember 553' 'tiger 342' 'brick 312')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
