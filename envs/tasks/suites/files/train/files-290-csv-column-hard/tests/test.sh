#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/jasper.txt ] && [ "$(cat /workspace/jasper.txt)" = "$(printf '%s\n' '44' '163' '550' '694' '5' '415' '79' '606' '980' '899' '985' '19' '669' '41')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
