#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/garnet.txt ] && [ "$(cat /workspace/garnet.txt)" = "$(printf '%s\n' 'maple 359' 'walnut lemon 280' 'stone 661' 'sunny 954' 'island 174' 'orchid 137 walnut' 'saddle 911' 'saddle 970' 'lemon 687' 'river 870')" ] && [ -f /workspace/kettle.txt ] && [ "$(cat /workspace/kettle.txt)" = "$(printf '%s\n' 'willow 110' 'cloud 699 walnut' 'olive 625' 'delta 208' 'jasper 754' 'frost 455' 'falcon 840' 'meadow 447' 'coral 268 walnut' 'brick 532')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
