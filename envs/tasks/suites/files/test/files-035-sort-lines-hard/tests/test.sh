#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/garnet.txt ] && [ "$(cat /workspace/garnet.txt)" = "$(printf '%s\n' '298' '848' '1887' '2778' '3151' '4002' '4473' '4752' '5051' '5327' '5447' '5637' '6008' '6479' '7966' '8176' '8386')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
