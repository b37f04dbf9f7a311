#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/jasper.txt ] && [ ! -e /workspace/harbor.txt ] && [ -f /workspace/src/jasper.txt ] && [ "$(cat /workspace/src/jasper.txt)" = "$(printf '%s\n' 'falcon 598')" ] && [ -f /workspace/src/harbor.txt ] && [ "$(cat /workspace/src/harbor.txt)" = "$(printf '%s\n' 'apple 938')" ] && [ -f /workspace/river.txt ] && [ "$(cat /workspace/river.txt)" = "$(printf '%s\n' 'river 661' 'saddle 897' 'cloud 574')" ] && [ -f /workspace/island.txt ] && [ "$(cat /workspace/island.txt)" = "$(printf '%s\n' 'amber 208' 'jasper 220' 'quartz 827')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
