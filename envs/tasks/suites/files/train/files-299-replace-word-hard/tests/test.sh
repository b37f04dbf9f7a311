#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/lantern.txt ] && [ "$(cat /workspace/lantern.txt)" = "$(printf '%s\n' 'cobalt 1' 'frost 492' 'cobalt 942' 'velvet 893' 'pepper cedar 409' 'delta 622' 'island 406' 'pepper quartz 744')" ] && [ -f /workspace/timber.txt ] && [ "$(cat /workspace/timber.txt)" = "$(printf '%s\n' 'island 665' 'timber 622' 'saddle 930' 'nectar 606' 'pepper saddle 600' 'ember 41' 'island 745' 'walnut 170' 'stone 452 pepper' 'cloud 686')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
