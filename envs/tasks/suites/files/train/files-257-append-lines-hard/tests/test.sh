#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/walnut.txt ] && [ "$(cat /workspace/walnut.txt)" = "$(printf '%s\n' 'lantern 40' 'brick 196' 'walnut 895' 'lemon 423' 'meadow 402' 'brick 422' 'tiger 913' 'walnut 15' 'ember 58' 'harbor 816' 'jasper 866' 'falcon 786' 'sunny 619' 'brick 993' 'harbor 282' 'velvet 222' 'velvet 225' 'apple 200' 'maple 905' 'velvet 355' 'quartz 562' 'brick 436' 'frost 295')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
