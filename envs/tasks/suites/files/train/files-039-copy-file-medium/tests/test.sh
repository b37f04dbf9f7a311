#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/coral.txt ] && [ "$(cat /workspace/coral.txt)" = "$(printf '%s\n' 'brick 719' 'island 478' 'lemon 466' 'harbor 475' 'quartz 987' 'mango 855')" ] && [ -f /workspace/docs/willow.txt ] && [ "$(cat /workspace/docs/willow.txt)" = "$(printf '%s\n' 'brick 719' 'island 478' 'lemon 466' 'harbor 475' 'quartz 987' 'mango 855')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
