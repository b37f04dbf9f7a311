#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/scores.csv ] && [ "$(cat /workspace/scores.csv)" = "$(printf '%s\n' 'name,count' 'orchid,67' 'willow,935' 'pepper,203' 'cobalt,332' 'jasper,235' 'cloud,6069' 'olive,798' 'frost,869' 'maple,52' 'quartz,940' 'delta,183' 'harbor,611' 'garnet,268' 'walnut,403' 'river,286' 'brick,846' 'ember,294')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
