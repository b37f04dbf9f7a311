#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/nectar.txt ] && [ "$(cat /workspace/nectar.txt)" = "$(printf '%s\n' 'quartz 887' 'falcon 179' 'willow 116' 'meadow 151' 'frost 401' 'olive 156' 'lantern 777')" ] && [ -f /workspace/notes/willow/falcon.txt ] && [ "$(cat /workspace/notes/willow/falcon.txt)" = "$(printf '%s\n' 'quartz 887' 'falcon 179' 'willow 116' 'meadow 151' 'frost 401' 'olive 156' 'lantern 777')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
