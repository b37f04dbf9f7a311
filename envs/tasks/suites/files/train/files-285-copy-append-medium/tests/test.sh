#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/maple.txt ] && [ "$(cat /workspace/maple.txt)" = "$(printf '%s\n' 'olive 410' 'walnut 597' 'maple 748' 'velvet 389' 'saddle 736' 'cobalt 102' 'tiger 82' 'cobalt 142')" ] && [ -f /workspace/falcon.txt ] && [ "$(cat /workspace/falcon.txt)" = "$(printf '%s\n' 'olive 410' 'walnut 597' 'maple 748' 'velvet 389' 'saddle 736' 'cobalt 102' 'tiger 82' 'cobalt 142' 'nectar 794' 'ember 657')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
