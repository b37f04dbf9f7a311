#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/tiger.txt ] && [ "$(cat /workspace/tiger.txt)" = "$(printf '%s\n' 'lotus 762' 'garnet 974' 'tiger 208' 'cloud 93' 'olive 515' 'velvet 17' 'island 726' 'velvet 201' 'falcon 184' 'ember 716' 'saddle 75' 'harbor 626')" ] && [ -f /workspace/garnet.txt ] && [ "$(cat /workspace/garnet.txt)" = "$(printf '%s\n' 'lotus 762' 'garnet 974' 'tiger 208' 'cloud 93' 'olive 515' 'velvet 17' 'island 726' 'velvet 201' 'falcon 184' 'ember 716' 'saddle 75' 'harbor 626' 'sunny 922' 'cedar 605' 'garnet 479')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
