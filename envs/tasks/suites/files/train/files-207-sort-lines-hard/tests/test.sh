#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/lemon.txt ] && [ "$(cat /workspace/lemon.txt)" = "$(printf '%s\n' '1982' '2445' '2554' '2705' '3114' '5003' '5254' '6826' '7302' '7894' '7930' '7944' '9059' '9199' '9405' '9569')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
