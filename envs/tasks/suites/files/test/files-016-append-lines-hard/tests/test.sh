#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/brick.txt ] && [ "$(cat /workspace/brick.txt)" = "$(printf '%s\n' 'harbor 45' 'walnut 734' 'lantern 245' 'stone 286' 'delta 959' 'timber 605' 'cedar 393' 'harbor 393' 'garnet 16' 'velvet 717' 'apple 358' 'nectar 757' 'cedar 516' 'jasper 402' 'frost 342' 'harbor 171' 'olive 844' 'pearl 760' 'pearl 93' 'saddle 889' 'meadow 222' 'willow 772')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
