#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/coral.txt ] && [ -f /workspace/logs/cloud/coral.txt ] && [ "$(cat /workspace/logs/cloud/coral.txt)" = "$(printf '%s\n' 'lantern 611' 'lantern 874')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
