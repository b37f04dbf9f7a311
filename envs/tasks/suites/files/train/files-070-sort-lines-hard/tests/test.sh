#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/lantern.txt ] && [ "$(cat /workspace/lantern.txt)" = "$(printf '%s\n' '623' '634' '1151' '1444' '1711' '2654' '5919' '6461' '8954' '9214' '9465')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
