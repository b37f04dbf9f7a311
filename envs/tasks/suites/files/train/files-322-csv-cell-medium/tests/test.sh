#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/prices.csv ] && [ "$(cat /workspace/prices.csv)" = "$(printf '%s\n' 'name,score' 'falcon,24' 'olive,666' 'saddle,425' 'coral,263' 'tiger,843' 'apple,2661' 'quartz,229' 'cobalt,63' 'cloud,440' 'garnet,212' 'mango,225')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
