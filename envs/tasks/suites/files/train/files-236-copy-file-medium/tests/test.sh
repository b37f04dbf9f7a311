#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/olive.txt ] && [ "$(cat /workspace/olive.txt)" = "$(printf '%s\n' 'nectar 351' 'cloud 358')" ] && [ -f /workspace/drafts/velvet.txt ] && [ "$(cat /workspace/drafts/velvet.txt)" = "$(printf '%s\n' 'nectar 351' 'cloud 358')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
