#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -d /workspace/cobalt/old ] && [ -d /workspace/cobalt/logs ] && [ -d /workspace/cobalt/inbox ] && [ -d /workspace/cobalt/drafts ] && [ -d /workspace/cobalt/inbox/coral ] && [ -d /workspace/cobalt/logs/saddle ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
