#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/brick.txt ] && [ "$(cat /workspace/brick.txt)" = "$(printf '%s\n' 'brick cloud 583' 'brick garnet 185' 'ember 204' 'sunny 55' 'island 65')" ] && [ -f /workspace/frost.txt ] && [ "$(cat /workspace/frost.txt)" = "$(printf '%s\n' 'willow 865' 'falcon 750' 'meadow 931 brick' 'amber 473' 'timber 894' 'amber 803' 'willow 137' 'brick cloud 499' 'island 276' 'cobalt 740' 'garnet 153')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
