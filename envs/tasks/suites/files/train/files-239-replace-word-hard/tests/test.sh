#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/velvet.txt ] && [ "$(cat /workspace/velvet.txt)" = "$(printf '%s\n' 'cloud falcon 574' 'saddle 469' 'saddle 218' 'lemon 312' 'coral 896 cloud' 'kettle 7' 'ember 530' 'falcon 593' 'lemon 587' 'lotus 501')" ] && [ -f /workspace/apple.txt ] && [ "$(cat /workspace/apple.txt)" = "$(printf '%s\n' 'lemon 416' 'nectar 523' 'maple 767 cloud' 'meadow 807' 'jasper 941' 'jasper 101' 'timber 881 cloud')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
