#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/willow.txt ] && [ "$(cat /workspace/willow.txt)" = "$(printf '%s\n' '959' '1095' '1575' '1681' '1905' '2743' '3948' '4222' '4500' '5262' '5657' '6006' '6126' '6396' '6477' '7566' '7997' '8117' '8171')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
