#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/sunny.txt ] && [ "$(cat /workspace/sunny.txt)" = "$(printf '%s\n' 'walnut 486' 'river 16' 'cloud 646' 'cedar 309' 'meadow 977' 'harbor 875' 'orchid 158' 'island 232' 'mango 592' 'walnut 247')" ] && [ -f /workspace/old/lemon/falcon.txt ] && [ "$(cat /workspace/old/lemon/falcon.txt)" = "$(printf '%s\n' 'walnut 486' 'river 16' 'cloud 646' 'cedar 309' 'meadow 977' 'harbor 875' 'orchid 158' 'island 232' 'mango 592' 'walnut 247')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
