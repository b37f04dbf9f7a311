#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/cobalt.txt ] && [ "$(cat /workspace/cobalt.txt)" = "$(printf '%s\n' 'harbor 559' 'pearl ember 840' 'sunny 970' 'sunny 42' 'kettle 841 pearl' 'pepper 451' 'maple 434' 'tiger 328')" ] && [ -f /workspace/kettle.txt ] && [ "$(cat /workspace/kettle.txt)" = "$(printf '%s\n' 'harbor 559' 'apple ember 840' 'sunny 970' 'sunny 42' 'kettle 841 apple' 'pepper 451' 'maple 434' 'tiger 328')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
