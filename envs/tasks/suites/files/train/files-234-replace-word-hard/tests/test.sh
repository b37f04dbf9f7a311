#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/saddle.txt ] && [ "$(cat /workspace/saddle.txt)" = "$(printf '%s\n' 'lantern 261' 'nectar 756' 'nectar 892' 'saddle 797' 'falcon amber 644' 'cedar 562' 'saddle 974' 'falcon orchid 728' 'river 800')" ] && [ -f /workspace/frost.txt ] && [ "$(cat /workspace/frost.txt)" = "$(printf '%s\n' 'garnet 402' 'river 776' 'lantern 555 falcon' 'willow 896 falcon' 'cobalt 606' 'mango 318' 'sunny 225')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
