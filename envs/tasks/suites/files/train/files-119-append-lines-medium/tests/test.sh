#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/timber.txt ] && [ "$(cat /workspace/timber.txt)" = "$(printf '%s\n' 'apple 39' 'pepper 533' 'cloud 850' 'raven 617' 'orchid 724' 'cedar 494' 'ember 13' 'falcon 790' 'frost 309')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
