#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/jasper.log ] && [ "$(cat /workspace/jasper.log)" = "$(printf '%s\n' 'ERROR orchid 137' 'ERROR orchid 673' 'INFO orchid 393' 'INFO orchid 802' 'INFO orchid 863')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
