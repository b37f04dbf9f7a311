#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/river.txt ] && [ "$(cat /workspace/river.txt)" = "$(printf '%s\n' 'jasper 433' 'harbor 398' 'sunny 206' 'pepper cloud 950' 'meadow 695 pepper')" ] && [ -f /workspace/quartz.txt ] && [ "$(cat /workspace/quartz.txt)" = "$(printf '%s\n' 'nectar 956' 'saddle 521' 'meadow 127 pepper' 'pepper mango 458')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
