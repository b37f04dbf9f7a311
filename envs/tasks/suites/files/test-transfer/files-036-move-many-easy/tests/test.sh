#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/nectar.txt ] && [ ! -e /workspace/cloud.txt ] && [ -f /workspace/data/nectar.txt ] && [ "$(cat /workspace/data/nectar.txt)" = "$(printf '%s\n' 'willow 491' 'river 469' 'walnut 760')" ] && [ -f /workspace/data/cloud.txt ] && [ "$(cat /workspace/data/cloud.txt)" = "$(printf '%s\n' 'lantern 646' 'raven 830' 'pepper 455')" ] && [ -f /workspace/willow.txt ] && [ "$(cat /workspace/willow.txt)" = "$(printf '%s\n' 'lemon 107' 'amber 813')" ] && [ -f /workspace/pearl.txt ] && [ "$(cat /workspace/pearl.txt)" = "$(printf '%s\n' 'coral 408' 'orchid 181')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
