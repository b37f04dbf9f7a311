#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/stone.txt ] && [ "$(cat /workspace/stone.txt)" = "$(printf '%s\n' 'meadow 665' 'timber 456' 'kettle 508' 'maple 244' 'lemon 839' 'tiger 787' 'tiger 295' 'river 549' 'coral 306' 'olive 654')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
