#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/cloud.txt ] && [ "$(cat /workspace/cloud.txt)" = "$(printf '%s\n' 'lotus 525' 'frost 464' 'island 273' 'timber 351' 'garnet 574' 'lemon 754' 'jasper 35' 'stone 132' 'garnet 514')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
