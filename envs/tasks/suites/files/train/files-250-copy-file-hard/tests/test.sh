#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/island.txt ] && [ "$(cat /workspace/island.txt)" = "$(printf '%s\n' 'jasper 872' 'olive 584' 'orchid 32' 'nectar 351')" ] && [ -f /workspace/docs/falcon/falcon.txt ] && [ "$(cat /workspace/docs/falcon/falcon.txt)" = "$(printf '%s\n' 'jasper 872' 'olive 584' 'orchid 32' 'nectar 351')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
