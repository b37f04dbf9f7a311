#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/olive.txt ] && [ "$(cat /workspace/olive.txt)" = "$(printf '%s\n' 'lemon 320' 'stone 524' 'quartz 63' 'olive 61' 'delta 67' 'raven 138')" ] && [ -f /workspace/assets/delta/mango.txt ] && [ "$(cat /workspace/assets/delta/mango.txt)" = "$(printf '%s\n' 'lemon 320' 'stone 524' 'quartz 63' 'olive 61' 'delta 67' 'raven 138')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
