#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/lantern.txt ] && [ "$(cat /workspace/lantern.txt)" = "$(printf '%s\n' 'meadow 66' 'island 647' 'brick 858' 'ember 366' 'quartz pepper 773' 'quartz lantern 888')" ] && [ -f /workspace/delta.txt ] && [ "$(cat /workspace/delta.txt)" = "$(printf '%s\n' 'meadow 66' 'island 647' 'brick 858' 'ember 366' 'saddle pepper 773' 'saddle lantern 888')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
