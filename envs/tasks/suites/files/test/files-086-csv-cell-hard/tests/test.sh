#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/scores.csv ] && [ "$(cat /workspace/scores.csv)" = "$(printf '%s\n' 'name,score' 'lotus,778' 'raven,69' 'cloud,197' 'tiger,339' 'stone,147' 'velvet,5675' 'cobalt,4312' 'quartz,160' 'harbor,568' 'pearl,306' 'kettle,861' 'nectar,748' 'amber,68' 'willow,912' 'walnut,115' 'river,223' 'jasper,607' 'delta,908' 'mango,162' 'brick,378' 'frost,915' 'falcon,249' 'olive,739')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
