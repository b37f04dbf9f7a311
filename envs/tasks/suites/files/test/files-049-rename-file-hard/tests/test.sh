#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/src/garnet/nectar.tmp ] && [ -f /workspace/src/garnet/river.md ] && [ "$(cat /workspace/src/garnet/river.md)" = "$(printf '%s\n' 'lemon 331' 'sunny 894' 'cloud 646')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
