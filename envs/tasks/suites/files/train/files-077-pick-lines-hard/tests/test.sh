#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/mango.txt ] && [ "$(cat /workspace/mango.txt)" = "$(printf '%s\n' 'velvet 213' 'lotus 495' 'tiger 403' 'velvet 286' 'saddle 219' 'orchid 210' 'cedar 114' 'raven 167' 'pepper 190')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
