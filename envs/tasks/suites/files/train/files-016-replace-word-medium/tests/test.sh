#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/cobalt.txt ] && [ "$(cat /workspace/cobalt.txt)" = "$(printf '%s\n' 'mango 593' 'lotus 310' 'cedar 158 nectar' 'saddle 697 nectar' 'nectar frost 824')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
