#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ ! -e /workspace/docs ] && [ ! -e /workspace/kettle.txt ] && [ -f /workspace/river.txt ] && [ -f /workspace/nectar.txt ] && [ -f /workspace/mango.txt ] && [ -f /workspace/coral.txt ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
