#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/drafts/falcon.txt ] && [ "$(cat /workspace/drafts/falcon.txt)" = "$(printf '%s\n' 'cobalt 190' 'saddle 635' 'harbor 496' 'raven 506' 'ember 147')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
