#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/timber.txt ] && [ -f /workspace/docs/brick/timber.txt ] && [ "$(cat /workspace/docs/brick/timber.txt)" = "$(printf '%s\n' 'amber 616' 'pepper 297' 'sunny 478' 'saddle 413' 'garnet 271')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
