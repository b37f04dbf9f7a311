#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/prices.csv ] && [ "$(cat /workspace/prices.csv)" = "$(printf '%s\n' 'name,count' 'lotus,661' 'pearl,81' 'tiger,654' 'sunny,808' 'falcon,43' 'amber,3337' 'raven,12' 'river,290' 'olive,543' 'delta,679' 'velvet,1641' 'brick,113' 'quartz,537' 'jasper,990' 'nectar,745' 'pepper,55' 'garnet,859' 'kettle,949' 'apple,518' 'willow,186')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
