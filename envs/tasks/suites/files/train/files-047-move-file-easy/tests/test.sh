#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/harbor.txt ] && [ -f /workspace/notes/harbor.txt ] && [ "$(cat /workspace/notes/harbor.txt)" = "$(printf '%s\n' 'walnut 407' 'stone 795' 'falcon 342' 'lantern 119' 'timber 998')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
