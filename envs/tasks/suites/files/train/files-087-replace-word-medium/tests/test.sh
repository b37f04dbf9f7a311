#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/walnut.txt ] && [ "$(cat /workspace/walnut.txt)" = "$(printf '%s\n' 'river 691' 'tiger 535' 'island 28' 'delta 856' 'olive 731 ember' 'lantern 677 ember' 'olive 533' 'raven 183' 'river 209 ember' 'raven 772')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
