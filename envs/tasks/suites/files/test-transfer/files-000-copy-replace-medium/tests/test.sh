#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/falcon.txt ] && [ "$(cat /workspace/falcon.txt)" = "$(printf '%s\n' 'stone 323 velvet' 'cloud 797' 'lemon 261 velvet' 'lantern 144' 'cloud 291' 'frost 470' 'timber 178' 'island 609')" ] && [ -f /workspace/pepper.txt ] && [ "$(cat /workspace/pepper.txt)" = "$(printf '%s\n' 'stone 323 walnut' 'cloud 797' 'lemon 261 walnut' 'lantern 144' 'cloud 291' 'frost 470' 'timber 178' 'island 609')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
