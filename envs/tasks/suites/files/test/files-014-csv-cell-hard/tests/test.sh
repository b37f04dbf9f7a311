#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/prices.csv ] && [ "$(cat /workspace/prices.csv)" = "$(printf '%s\n' 'name,score' 'river,483' 'apple,962' 'orchid,5641' 'island,887' 'velvet,852' 'lotus,998' 'brick,796' 'delta,91' 'amber,199' 'kettle,1616' 'coral,751' 'garnet,337' 'raven,494' 'lemon,926' 'nectar,312' 'saddle,56')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
