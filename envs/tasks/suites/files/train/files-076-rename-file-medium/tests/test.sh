#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/inbox/sunny.txt ] && [ -f /workspace/inbox/cloud.txt ] && [ "$(cat /workspace/inbox/cloud.txt)" = "$(printf '%s\n' 'velvet 870' 'garnet 436' 'mango 656' 'olive 29' 'velvet 773')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
