#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -d /workspace/nectar/old ] && [ -d /workspace/nectar/reports ] && [ -d /workspace/nectar/data ] && [ -d /workspace/nectar/data/harbor ] && [ -d /workspace/nectar/reports/velvet ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
