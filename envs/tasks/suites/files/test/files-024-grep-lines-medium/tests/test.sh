#!/usr/bin/env bash
mkdir -p /logs/verifier
# Verifier: reward 1 when the check passes, else 0.
if [ -f /workspace/tiger.log ] && [ "$(cat /workspace/tiger.log)" = "$(printf '%s\n' 'INFO saddle 206' 'INFO saddle 17' 'WARN saddle 556' 'INFO saddle 113' 'INFO saddle 683' 'INFO saddle 564')" ]; then echo 1 > /logs/verifier/reward.txt; else echo 0 > /logs/verifier/reward.txt; fi
