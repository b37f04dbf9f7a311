#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/lotus.txt ] && [ "$(cat /workspace/lotus.txt)" = "$(printf '%s\n' 'pepper cedar 661' 'meadow 677' 'lemon 359' 'nectar 198' 'velvet 659' 'frost 146' 'pepper lotus 313' 'frost 505')" ] && [ -f /workspace/harbor.txt ] && [ "$(cat /workspace/harbor.txt)" = "$(printf '%s\n' 'tiger cedar 661' 'meadow 677' 'lemon 359' 'nectar 198' 'velvet 659' 'frost 146' 'tiger lotus 313' 'frost 505')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
