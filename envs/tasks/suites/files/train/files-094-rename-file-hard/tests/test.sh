#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/drafts/velvet/timber.log ] && [ -f /workspace/drafts/velvet/garnet.md ] && [ "$(cat /workspace/drafts/velvet/garnet.md)" = "$(printf '%s\n' 'cloud 511')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
