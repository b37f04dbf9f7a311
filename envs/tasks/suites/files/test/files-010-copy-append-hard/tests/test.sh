#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/frost.txt ] && [ "$(cat /workspace/frost.txt)" = "$(printf '%s\n' 'pearl 228' 'olive 736' 'sunny 171' 'raven 884' 'cloud 941' 'kettle 40' 'kettle 74' 'kettle 738' 'nectar 693' 'raven 560' 'maple 441' 'quartz 11' 'maple 207' 'cedar 520' 'olive 636' 'mango 243')" ] && [ -f /workspace/cobalt.txt ] && [ "$(cat /workspace/cobalt.txt)" = "$(printf '%s\n' 'pearl 228' 'olive 736' 'sunny 171' 'raven 884' 'cloud 941' 'kettle 40' 'kettle 74' 'kettle 738' 'nectar 693' 'raven 560' 'maple 441' 'quartz 11' 'maple 207' 'cedar 520' 'olive 636' 'mango 243' 'raven 126' 'willow 616' 'jasper 953')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
