#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/coral.txt ] && [ "$(cat /workspace/coral.txt)" = "$(printf '%s\n' 'lemon 918' 'frost 657' 'island 34' 'cedar 662')" ] && [ -f /workspace/logs/mango.txt ] && [ "$(cat /workspace/logs/mango.txt)" = "$(printf '%s\n' 'lemon 918' 'frost 657' 'island 34' 'cedar 662')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
