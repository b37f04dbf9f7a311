#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/sunny.txt ] && [ "$(cat /workspace/sunny.txt)" = "$(printf '%s\n' 'brick 803' 'apple 276' 'olive 527 ember' 'brick 624 ember')" ] && [ -f /workspace/saddle.txt ] && [ "$(cat /workspace/saddle.txt)" = "$(printf '%s\n' 'quartz 486 ember' 'frost 725' 'pearl 723 ember' 'maple 775' 'amber 150' 'nectar 162' 'cedar 757')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
