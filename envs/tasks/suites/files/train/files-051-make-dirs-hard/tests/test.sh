#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -d /workspace/mango/notes ] && [ -d /workspace/mango/archive ] && [ -d /workspace/mango/reports ] && [ -d /workspace/mango/archive/mango ] && [ -d /workspace/mango/notes/harbor ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
