#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/delta.txt ] && [ "$(cat /workspace/delta.txt)" = "$(printf '%s\n' 'pearl 755' 'kettle 597' 'quartz 800' 'meadow 23' 'apple 216' 'quartz 742' 'delta 290' 'amber 427' 'orchid 211')" ] && [ -f /workspace/notes/willow/harbor.txt ] && [ "$(cat /workspace/notes/willow/harbor.txt)" = "$(printf '%s\n' 'pearl 755' 'kettle 597' 'quartz 800' 'meadow 23' 'apple 216' 'quartz 742' 'delta 290' 'amber 427' 'orchid 211')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
