#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/lemon.txt ] && [ "$(cat /workspace/lemon.txt)" = "$(printf '%s\n' 'cedar 599' 'kettle 848' 'walnut 415' 'brick 614' 'delta 299' 'harbor 329' 'cobalt 862' 'jasper 914' 'timber 135' 'falcon 87' 'walnut 931' 'island 888' 'olive 627' 'walnut 703' 'lemon 473' 'maple 824')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
