#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/stone.txt ] && [ "$(cat /workspace/stone.txt)" = "$(printf '%s\n' 'stone 885' 'olive 441' 'delta 858' 'falcon 637' 'sunny 563' 'frost 658' 'olive 403' 'cobalt 183' 'velvet 917')" ] && [ -f /workspace/inbox/olive/mango.txt ] && [ "$(cat /workspace/inbox/olive/mango.txt)" = "$(printf '%s\n' 'stone 885' 'olive 441' 'delta 858' 'falcon 637' 'sunny 563' 'frost 658' 'olive 403' 'cobalt 183' 'velvet 917')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
