#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/coral.txt ] && [ "$(cat /workspace/coral.txt)" = "$(printf '%s\n' 'willow 783' 'river 114 sunny' 'velvet 108' 'jasper 132' 'frost 247' 'sunny olive 663')" ] && [ -f /workspace/walnut.txt ] && [ "$(cat /workspace/walnut.txt)" = "$(printf '%s\n' 'willow 783' 'river 114 mango' 'velvet 108' 'jasper 132' 'frost 247' 'mango olive 663')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
