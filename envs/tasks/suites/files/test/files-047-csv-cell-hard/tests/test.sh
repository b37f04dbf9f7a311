#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/stock.csv ] && [ "$(cat /workspace/stock.csv)" = "$(printf '%s\n' 'name,stock' 'cloud,968' 'kettle,9460' 'tiger,682' 'olive,84' 'garnet,606' 'cedar,894' 'pearl,884' 'walnut,221' 'jasper,616' 'island,160' 'timber,405' 'saddle,1681' 'maple,609' 'amber,494' 'stone,299' 'apple,235' 'velvet,538' 'lemon,679')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
