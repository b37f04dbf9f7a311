#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/frost.txt ] && [ ! -e /workspace/nectar.txt ] && [ -f /workspace/docs/frost.txt ] && [ "$(cat /workspace/docs/frost.txt)" = "$(printf '%s\n' 'orchid 38')" ] && [ -f /workspace/docs/nectar.txt ] && [ "$(cat /workspace/docs/nectar.txt)" = "$(printf '%s\n' 'walnut 407')" ] && [ -f /workspace/mango.txt ] && [ "$(cat /workspace/mango.txt)" = "$(printf '%s\n' 'cobalt 225' 'maple 445' 'velvet 319')" ] && [ -f /workspace/walnut.txt ] && [ "$(cat /workspace/walnut.txt)" = "$(printf '%s\n' 'willow 497')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
