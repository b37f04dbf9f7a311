#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/walnut.txt ] && [ "$(cat /workspace/walnut.txt)" = "$(printf '%s\n' 'meadow 830' 'raven 980' 'tiger 329' 'velvet 990' 'orchid 245' 'meadow 320' 'quartz 708' 'willow 635' 'coral 779' 'cedar 986')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
