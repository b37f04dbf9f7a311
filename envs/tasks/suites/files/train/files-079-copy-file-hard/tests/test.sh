#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/walnut.txt ] && [ "$(cat /workspace/walnut.txt)" = "$(printf '%s\n' 'cloud 646' 'cedar 309' 'meadow 977')" ] && [ -f /workspace/old/harbor/nectar.txt ] && [ "$(cat /workspace/old/harbor/nectar.txt)" = "$(printf '%s\n' 'cloud 646' 'cedar 309' 'meadow 977')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
