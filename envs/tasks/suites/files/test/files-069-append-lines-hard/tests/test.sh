#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/willow.txt ] && [ "$(cat /workspace/willow.txt)" = "$(printf '%s\n' 'jasper 866' 'falcon 786' 'sunny 619' 'brick 993' 'harbor 282' 'velvet 222' 'velvet 225' 'apple 200' 'maple 905' 'velvet 355' 'frost 539' 'timber 287' 'kettle 98' 'lemon 998' 'stone 693' 'tiger 616' 'delta 178' 'garnet 715')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
