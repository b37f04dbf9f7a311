#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/saddle.txt ] && [ "$(cat /workspace/saddle.txt)" = "$(printf '%s\n' 'quartz 703' 'amber 264' 'frost 229' 'mango 731' 'harbor 598' 'brick 590' 'pearl 990' 'ember 373')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
