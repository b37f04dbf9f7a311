#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/kettle.txt ] && [ "$(cat /workspace/kettle.txt)" = "$(printf '%s\n' 'garnet 804' 'lantern 135' 'quartz 557' 'nectar 702' 'velvet 734' 'cobalt 565' 'coral 3')" ] && [ -f /workspace/garnet.txt ] && [ "$(cat /workspace/garnet.txt)" = "$(printf '%s\n' 'garnet 804' 'lantern 135' 'quartz 557' 'nectar 702' 'velvet 734' 'cobalt 565' 'coral 3' 'amber 979' 'walnut 314')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
