#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/apple.txt ] && [ "$(cat /workspace/apple.txt)" = "$(printf '%s\n' 'mango 31' 'garnet 301' 'frost 657' 'island 34')" ] && [ -f /workspace/inbox/cedar/quartz.txt ] && [ "$(cat /workspace/inbox/cedar/quartz.txt)" = "$(printf '%s\n' 'mango 31' 'garnet 301' 'frost 657' 'island 34')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
