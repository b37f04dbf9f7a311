#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/scores.csv ] && [ "$(cat /workspace/scores.csv)" = "$(printf '%s\n' 'name,price' 'ember,992' 'quartz,906' 'amber,945' 'sunny,645' 'kettle,2275' 'apple,32' 'pearl,297' 'delta,508' 'brick,855' 'island,8364' 'willow,882' 'river,766' 'saddle,550' 'mango,212' 'stone,98' 'timber,370')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
