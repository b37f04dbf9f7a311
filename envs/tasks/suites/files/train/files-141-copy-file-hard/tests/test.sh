#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/olive.txt ] && [ "$(cat /workspace/olive.txt)" = "$(printf '%s\n' 'raven 996' 'falcon 371' 'saddle 839' 'saddle 908' 'cedar 7' 'willow 34' 'saddle 393' 'coral 154' 'velvet 783')" ] && [ -f /workspace/notes/cobalt/lotus.txt ] && [ "$(cat /workspace/notes/cobalt/lotus.txt)" = "$(printf '%s\n' 'raven 996' 'falcon 371' 'saddle 839' 'saddle 908' 'cedar 7' 'willow 34' 'saddle 393' 'coral 154' 'velvet 783')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
