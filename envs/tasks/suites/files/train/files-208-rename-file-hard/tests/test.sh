#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/inbox/ember/meadow.tmp ] && [ -f /workspace/inbox/ember/delta.csv ] && [ "$(cat /workspace/inbox/ember/delta.csv)" = "$(printf '%s\n' 'kettle 464' 'maple 337' 'cloud 661' 'falcon 259')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
