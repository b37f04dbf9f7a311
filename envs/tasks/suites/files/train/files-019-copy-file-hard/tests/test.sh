#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/meadow.txt ] && [ "$(cat /workspace/meadow.txt)" = "$(printf '%s\n' 'harbor 566' 'brick 719' 'island 478' 'lemon 466' 'harbor 475' 'quartz 987' 'mango 855' 'stone 579')" ] && [ -f /workspace/backup/kettle/tiger.txt ] && [ "$(cat /workspace/backup/kettle/tiger.txt)" = "$(printf '%s\n' 'harbor 566' 'brick 719' 'island 478' 'lemon 466' 'harbor 475' 'quartz 987' 'mango 855' 'stone 579')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
