#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/lotus.txt ] && [ "$(cat /workspace/lotus.txt)" = "$(printf '%s\n' 'cloud 894' 'lotus 557' 'coral 570' 'cobalt 394')" ] && [ -f /workspace/inbox/garnet/olive.txt ] && [ "$(cat /workspace/inbox/garnet/olive.txt)" = "$(printf '%s\n' 'cloud 894' 'lotus 557' 'coral 570' 'cobalt 394')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
