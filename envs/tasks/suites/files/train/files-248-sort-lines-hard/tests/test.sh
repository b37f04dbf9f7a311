#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/apple.txt ] && [ "$(cat /workspace/apple.txt)" = "$(printf '%s\n' '501' '1025' '1614' '1870' '2289' '2855' '3883' '4218' '4831' '4993' '5716' '7451' '8112' '8588' '8895' '9281' '9793' '9957')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
