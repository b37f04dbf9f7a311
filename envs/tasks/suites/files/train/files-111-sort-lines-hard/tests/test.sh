#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/apple.txt ] && [ "$(cat /workspace/apple.txt)" = "$(printf '%s\n' '994' '1570' '2226' '2276' '3459' '3966' '4801' '6294' '6600' '8924' '9509')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
