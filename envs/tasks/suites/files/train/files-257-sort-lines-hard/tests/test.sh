#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/raven.txt ] && [ "$(cat /workspace/raven.txt)" = "$(printf '%s\n' '164' '4244' '4454' '4473' '4628' '4932' '5185' '5308' '5585' '6608' '6751' '7114' '7419' '9914')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
