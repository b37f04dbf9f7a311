#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -d /workspace/apple/drafts ] && [ -d /workspace/apple/inbox ] && [ -d /workspace/apple/assets ] && [ -d /workspace/apple/reports ] && [ -d /workspace/apple/drafts/brick ] && [ -d /workspace/apple/assets/quartz ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
