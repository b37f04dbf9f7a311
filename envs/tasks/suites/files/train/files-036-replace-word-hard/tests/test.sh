#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/delta.txt ] && [ "$(cat /workspace/delta.txt)" = "$(printf '%s\n' 'kettle 856' 'frost 877' 'lantern 156' 'lemon 914' 'tiger 605' 'lantern 911 river' 'island 527' 'timber 93' 'kettle 641 river' 'timber 418' 'brick 819')" ] && [ -f /workspace/sunny.txt ] && [ "$(cat /workspace/sunny.txt)" = "$(printf '%s\n' 'frost 221' 'walnut 797 river' 'river tiger 95' 'quartz 314')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
