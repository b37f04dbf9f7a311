#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/amber.txt ] && [ -f /workspace/drafts/lantern/amber.txt ] && [ "$(cat /workspace/drafts/lantern/amber.txt)" = "$(printf '%s\n' 'pepper 232' 'island 364' 'ember 681' 'garnet 765')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
