#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/inventory.csv ] && [ "$(cat /workspace/inventory.csv)" = "$(printf '%s\n' 'name,count' 'brick,240' 'ember,4' 'tiger,669' 'pepper,802' 'falcon,58' 'jasper,627' 'saddle,562' 'maple,580' 'apple,801' 'pearl,780' 'cedar,409' 'amber,363' 'harbor,373' 'stone,68' 'walnut,196' 'raven,867' 'lemon,1816' 'lotus,563' 'olive,394' 'timber,889' 'cobalt,214')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
