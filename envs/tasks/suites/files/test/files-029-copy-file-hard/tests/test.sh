#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/willow.txt ] && [ "$(cat /workspace/willow.txt)" = "$(printf '%s\n' 'delta 400' 'pepper 428' 'pearl 755' 'kettle 597' 'quartz 800')" ] && [ -f /workspace/drafts/meadow/frost.txt ] && [ "$(cat /workspace/drafts/meadow/frost.txt)" = "$(printf '%s\n' 'delta 400' 'pepper 428' 'pearl 755' 'kettle 597' 'quartz 800')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
