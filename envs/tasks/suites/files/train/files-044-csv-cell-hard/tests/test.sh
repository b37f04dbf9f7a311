#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/scores.csv ] && [ "$(cat /workspace/scores.csv)" = "$(printf '%s\n' 'name,count' 'lantern,226' 'saddle,109' 'pepper,438' 'apple,21' 'olive,29' 'timber,501' 'walnut,229' 'falcon,380' 'willow,822' 'kettle,753' 'delta,505' 'frost,6916' 'quartz,892' 'garnet,8059' 'nectar,182' 'river,963' 'raven,789' 'orchid,450' 'lemon,784' 'velvet,137' 'sunny,480' 'harbor,727' 'island,941' 'jasper,411' 'maple,362')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
