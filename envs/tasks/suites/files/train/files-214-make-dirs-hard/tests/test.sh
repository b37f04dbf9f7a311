#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -d /workspace/olive/notes ] && [ -d /workspace/olive/assets ] && [ -d /workspace/olive/archive ] && [ -d /workspace/olive/notes/raven ] && [ -d /workspace/olive/assets/river ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
