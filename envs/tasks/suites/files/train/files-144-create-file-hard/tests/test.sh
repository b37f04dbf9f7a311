#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/reports/lotus.txt ] && [ "$(cat /workspace/reports/lotus.txt)" = "$(printf '%s\n' 'falcon 905' 'ember 384' 'nectar 321' 'cloud 797' 'cedar 662')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
